package dev.drop.transactions;

import dev.drop.platform.problem.ProblemException;
import java.util.UUID;

/**
 * The ledger refused a chain; nothing of it was posted. A problem as it stands (a 4xx), naming the transfer of the
 * chain that was refused and, for a conflict, the field that differs.
 */
public final class TransferRefusedException extends ProblemException {

    private static final long serialVersionUID = 1L;

    private final Refusal refusal;
    private final transient UUID transferId;
    private final int index;

    public TransferRefusedException(Refusal refusal, int index, UUID transferId, String detail) {
        this(refusal, index, transferId, detail, null);
    }

    /** @param field for a conflict, the field in which the transfer differs from the one the ledger holds */
    public TransferRefusedException(Refusal refusal, int index, UUID transferId, String detail, String field) {
        super(field == null ? refusal.type().problem(detail).with("refusal", refusal.name())
                : refusal.type().problem(detail).with("refusal", refusal.name()).with("field", field));
        this.refusal = refusal;
        this.index = index;
        this.transferId = transferId;
    }

    public Refusal refusal() {
        return refusal;
    }

    /** The position of the refused transfer in its chain. */
    public int index() {
        return index;
    }

    public UUID transferId() {
        return transferId;
    }
}
