package dev.drop.transactions.internal.ledger;

import dev.drop.platform.money.Money;
import dev.drop.transactions.Refusal;
import dev.drop.transactions.TransferKind;
import dev.drop.transactions.TransferRefusedException;
import dev.drop.transactions.TransferRequest;
import dev.drop.transactions.internal.persistence.HoldRow;
import dev.drop.transactions.internal.persistence.LedgerMapper;
import dev.drop.transactions.internal.persistence.TransferRow;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns a chain of transfer requests into moves, on one transaction: refuses a malformed chain, finds a chain posted
 * before, locks and checks the holds that posts and voids act on (in id order), then hands the moves to
 * {@link LedgerWriter}.
 */
final class ChainPoster {

    record Result(List<TransferRow> rows, boolean existed) {
    }

    /**
     * How a caller posts: {@code freshIds} when its ids cannot have been posted before (so the look for them is skipped,
     * and an id posted twice after all fails on its primary key, changing nothing), {@code locked} the accounts its
     * transaction locked already.
     */
    record Options(boolean freshIds, Set<UUID> locked) {
        static final Options PLAIN = new Options(false, Set.of());
    }

    private final LedgerWriter writer;

    ChainPoster(boolean postgres) {
        this.writer = new LedgerWriter(postgres);
    }

    Result post(LedgerMapper ledger, List<TransferRequest> chain, Instant now, Options options) {
        TransferRules.check(chain);
        if (!options.freshIds()) {
            List<UUID> ids = chain.stream().map(TransferRequest::id).toList();
            Map<UUID, TransferRow> existing = ledger.transfers(ids).stream()
                    .collect(Collectors.toMap(TransferRow::id, Function.identity()));
            if (!existing.isEmpty()) {
                return new Result(ExistingChain.same(chain, existing), true);
            }
        }
        Map<UUID, Hold> holds = lockHolds(ledger, chain, now);
        UUID chainId = chain.get(0).id();
        List<Move> moves = new ArrayList<>();
        for (int i = 0; i < chain.size(); i++) {
            moves.add(move(i, chain.get(i), chainId, holds, now));
        }
        writer.write(ledger, moves, holdChanges(chain, holds), now, options.locked());
        return new Result(moves.stream().map(Move::row).toList(), false);
    }

    /** Moves that release holds whose timeout passed: written by the ledger itself, once each. */
    void expire(LedgerMapper ledger, List<HoldRow> expired, Instant now) {
        List<Move> moves = new ArrayList<>();
        Map<UUID, HoldChange> changes = new HashMap<>();
        for (HoldRow hold : expired) {
            UUID id = UUID.nameUUIDFromBytes(("expiry:" + hold.pendingId()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            TransferRow row = new TransferRow(id, TransferKind.EXPIRY.name(), hold.debitAccountId(), hold.creditAccountId(),
                    0, hold.remaining(), hold.currency(), hold.pendingId(), hold.pendingId(), null, id, "expiry",
                    "hold expired", now);
            moves.add(new Move(moves.size(), row, 0, -hold.remaining(), false));
            changes.put(hold.pendingId(), HoldChange.close(hold.pendingId()));
        }
        writer.write(ledger, moves, new ArrayList<>(changes.values()), now, Set.of());
    }

    private static Map<UUID, Hold> lockHolds(LedgerMapper ledger, List<TransferRequest> chain, Instant now) {
        Map<UUID, Integer> firstUse = new TreeMap<>(AccountOrder.DATABASE);
        for (int i = 0; i < chain.size(); i++) {
            if (chain.get(i).pendingId() != null) {
                firstUse.putIfAbsent(chain.get(i).pendingId(), i);
            }
        }
        Map<UUID, Hold> holds = new HashMap<>();
        firstUse.forEach((pendingId, index) -> {
            TransferRequest request = chain.get(index);
            HoldRow row = ledger.lockHold(pendingId).orElseThrow(() -> missingHold(ledger, index, request));
            if (row.timeoutAt() != null && !now.isBefore(row.timeoutAt())) {
                throw new TransferRefusedException(Refusal.PENDING_EXPIRED, index, request.id(), "The hold "
                        + pendingId + " expired at " + row.timeoutAt() + "; it is being released.");
            }
            holds.put(pendingId, new Hold(row));
        });
        return holds;
    }

    private static TransferRefusedException missingHold(LedgerMapper ledger, int index, TransferRequest request) {
        List<TransferRow> pending = ledger.transfers(List.of(request.pendingId()));
        if (pending.isEmpty()) {
            return new TransferRefusedException(Refusal.PENDING_NOT_FOUND, index, request.id(), "There is no pending "
                    + "transfer " + request.pendingId() + ".");
        }
        if (!TransferKind.PENDING.name().equals(pending.get(0).kind())) {
            return TransferRules.invalid(index, request, request.pendingId() + " is not a pending transfer");
        }
        return new TransferRefusedException(Refusal.PENDING_CLOSED, index, request.id(), "The hold " + request.pendingId()
                + " was posted, voided or expired already.");
    }

    private static Move move(int index, TransferRequest request, UUID chainId, Map<UUID, Hold> holds, Instant now) {
        return switch (request.kind()) {
            case POSTED, PENDING -> {
                Money amount = request.amount();
                boolean pending = request.kind() == TransferKind.PENDING;
                Instant timeoutAt = pending && request.timeout() != null ? now.plus(request.timeout()) : null;
                TransferRow row = new TransferRow(request.id(), request.kind().name(), request.debitAccountId(),
                        request.creditAccountId(), amount.amount(), 0, amount.currency().getCurrencyCode(), null, null,
                        timeoutAt, chainId, request.code(), request.description(), now);
                yield pending ? new Move(index, row, 0, amount.amount(), true) : new Move(index, row, amount.amount(), 0, true);
            }
            case POST, VOID -> {
                Hold hold = holds.get(request.pendingId());
                if (hold.closed) {
                    throw new TransferRefusedException(Refusal.PENDING_CLOSED, index, request.id(), "The hold "
                            + request.pendingId() + " is closed by an earlier transfer of this chain.");
                }
                sameAccounts(index, request, hold.row);
                if (request.amount() != null && !request.amount().currency().getCurrencyCode().equals(hold.row.currency())) {
                    throw new TransferRefusedException(Refusal.CURRENCY_MISMATCH, index, request.id(), "The hold "
                            + request.pendingId() + " is in " + hold.row.currency() + ", not " + request.amount().currency() + ".");
                }
                boolean post = request.kind() == TransferKind.POST;
                long asked = request.amount() == null ? hold.remaining : request.amount().amount();
                if (asked > hold.remaining) {
                    throw new TransferRefusedException(Refusal.EXCEEDS_PENDING, index, request.id(), "The hold "
                            + request.pendingId() + " reserves " + Money.of(hold.remaining, hold.row.currency())
                            + "; the " + (post ? "post" : "void") + " asks for " + Money.of(asked, hold.row.currency()) + ".");
                }
                long amount = post ? asked : 0;
                long released = post ? (request.last() ? hold.remaining - amount : 0) : asked;
                boolean closes = post ? request.last() : asked == hold.remaining;
                hold.remaining -= amount + released;
                hold.used += amount + released;
                hold.closed = closes;
                TransferRow row = new TransferRow(request.id(), request.kind().name(), hold.row.debitAccountId(),
                        hold.row.creditAccountId(), amount, released, hold.row.currency(), request.pendingId(),
                        closes ? request.pendingId() : null, null, chainId, request.code(), request.description(), now);
                yield new Move(index, row, amount, -(amount + released), false);
            }
            default -> throw TransferRules.invalid(index, request, "only the ledger expires holds");
        };
    }

    private static void sameAccounts(int index, TransferRequest request, HoldRow hold) {
        if ((request.debitAccountId() != null && !request.debitAccountId().equals(hold.debitAccountId()))
                || (request.creditAccountId() != null && !request.creditAccountId().equals(hold.creditAccountId()))) {
            throw TransferRules.invalid(index, request, "its accounts are not those of the hold " + request.pendingId());
        }
    }

    private static List<HoldChange> holdChanges(List<TransferRequest> chain, Map<UUID, Hold> holds) {
        List<HoldChange> changes = new ArrayList<>();
        for (TransferRequest request : chain) {
            if (request.kind() == TransferKind.PENDING) {
                changes.add(HoldChange.open(request.id()));
            }
        }
        holds.forEach((pendingId, hold) -> changes.add(hold.closed ? HoldChange.close(pendingId)
                : HoldChange.reduce(pendingId, hold.used)));
        return changes;
    }

    /** A hold as the chain uses it up. */
    private static final class Hold {
        final HoldRow row;
        long remaining;
        long used;
        boolean closed;

        Hold(HoldRow row) {
            this.row = row;
            this.remaining = row.remaining();
        }
    }
}
