package dev.drop.transactions;

import dev.drop.platform.money.Money;
import java.time.Duration;
import java.util.Objects;
import java.util.UUID;

/**
 * A transfer to post. The id is the caller's: posting an id again with the same content finds the transfer that
 * exists; with other content it is refused as a conflict. Choose ids a retry will choose again (derive them from what
 * the transfer is for), and a retry can never move money twice.
 *
 * @param debitAccountId  for a post or void: null (the pending transfer's accounts), or those accounts
 * @param amount          for a post: at most what the pending transfer still reserves; for a void: null (all it still
 *                        reserves) or the part to release, the rest staying reserved
 * @param timeout         for a pending transfer: how long the hold lasts; null never expires
 * @param last            for a post: whether it closes the pending transfer, releasing what it leaves unposted
 */
public record TransferRequest(UUID id, TransferKind kind, UUID debitAccountId, UUID creditAccountId, Money amount,
                              UUID pendingId, Duration timeout, boolean last, String code, String description) {

    public TransferRequest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(code, "code");
        if (kind == TransferKind.EXPIRY) {
            throw new IllegalArgumentException("only the ledger expires pending transfers");
        }
    }

    /** Moves {@code amount} from the debit account to the credit account at once. */
    public static TransferRequest posted(UUID id, UUID debit, UUID credit, Money amount, String code, String description) {
        return new TransferRequest(id, TransferKind.POSTED, debit, credit, amount, null, null, false, code, description);
    }

    /** Reserves {@code amount} on the debit account for {@code timeout} (null: until posted or voided). */
    public static TransferRequest pending(UUID id, UUID debit, UUID credit, Money amount, Duration timeout, String code,
                                          String description) {
        return new TransferRequest(id, TransferKind.PENDING, debit, credit, amount, null, timeout, false, code, description);
    }

    /** Posts {@code amount} of a pending transfer; {@code last} closes it and releases the rest. */
    public static TransferRequest post(UUID id, UUID pendingId, Money amount, boolean last, String code, String description) {
        return new TransferRequest(id, TransferKind.POST, null, null, amount, pendingId, null, last, code, description);
    }

    /**
     * Releases part of what a pending transfer reserves (a partial reversal); the rest stays reserved, and releasing
     * all of it closes the hold.
     */
    public static TransferRequest releasing(UUID id, UUID pendingId, Money amount, String code, String description) {
        return new TransferRequest(id, TransferKind.VOID, null, null, amount, pendingId, null, false, code, description);
    }

    /** Releases what a pending transfer still reserves. */
    public static TransferRequest voiding(UUID id, UUID pendingId, String code, String description) {
        return new TransferRequest(id, TransferKind.VOID, null, null, null, pendingId, null, true, code, description);
    }
}
