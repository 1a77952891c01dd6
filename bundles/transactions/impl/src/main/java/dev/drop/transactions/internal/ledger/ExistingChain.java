package dev.drop.transactions.internal.ledger;

import dev.drop.transactions.Refusal;
import dev.drop.transactions.TransferKind;
import dev.drop.transactions.TransferRefusedException;
import dev.drop.transactions.TransferRequest;
import dev.drop.transactions.internal.persistence.TransferRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A chain whose ids exist: the same chain posted again (it exists: nothing moves), or another one reusing ids (a
 * conflict naming the first field that differs).
 */
final class ExistingChain {

    private ExistingChain() {
    }

    static List<TransferRow> same(List<TransferRequest> chain, Map<UUID, TransferRow> existing) {
        List<TransferRow> rows = new ArrayList<>();
        for (int i = 0; i < chain.size(); i++) {
            TransferRequest request = chain.get(i);
            TransferRow row = existing.get(request.id());
            if (row == null) {
                throw conflict(i, request, "chain", "other transfers of this chain exist, but this one does not: a chain "
                        + "is posted whole, so this is not the chain posted before");
            }
            String field = firstDifference(request, row);
            if (field != null) {
                throw conflict(i, request, field, "it exists with a different " + field);
            }
            rows.add(row);
        }
        if (rows.stream().map(TransferRow::chainId).distinct().count() > 1) {
            throw conflict(0, chain.get(0), "chain", "its transfers exist, but were posted in different chains");
        }
        return rows;
    }

    private static String firstDifference(TransferRequest request, TransferRow row) {
        if (!request.kind().name().equals(row.kind())) {
            return "kind";
        }
        if (request.debitAccountId() != null && !request.debitAccountId().equals(row.debitAccountId())) {
            return "debitAccountId";
        }
        if (request.creditAccountId() != null && !request.creditAccountId().equals(row.creditAccountId())) {
            return "creditAccountId";
        }
        long stored = request.kind() == TransferKind.VOID ? row.released() : row.amount();
        if (request.amount() != null && (request.amount().amount() != stored
                || !request.amount().currency().getCurrencyCode().equals(row.currency()))) {
            return "amount";
        }
        if (!Objects.equals(request.pendingId(), row.pendingId())) {
            return "pendingId";
        }
        if (request.kind() == TransferKind.POST && request.last() != (row.closesPending() != null)) {
            return "last";
        }
        if (!request.code().equals(row.code())) {
            return "code";
        }
        if (!Objects.equals(request.description(), row.description())) {
            return "description";
        }
        return null;
    }

    private static TransferRefusedException conflict(int index, TransferRequest request, String field, String why) {
        return new TransferRefusedException(Refusal.EXISTS_DIFFERENTLY, index, request.id(),
                "Transfer " + request.id() + " conflicts with what the ledger holds: " + why + ".", field);
    }
}
