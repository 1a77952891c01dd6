package dev.drop.transactions.internal.ledger;

import dev.drop.transactions.Refusal;
import dev.drop.transactions.TransferRefusedException;
import dev.drop.transactions.internal.persistence.AccountChange;
import dev.drop.transactions.internal.persistence.Balances;
import dev.drop.transactions.internal.persistence.EntryRow;
import dev.drop.transactions.internal.persistence.HoldRow;
import dev.drop.transactions.internal.persistence.LedgerMapper;
import dev.drop.transactions.internal.persistence.TransferRow;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Writes checked moves: one conditional update per account, in {@link AccountOrder#DATABASE} (so two chains never wait
 * for each other in a circle), refused by the database itself when it would overdraw, freeze-break or mix currencies
 * (one statement for all when the transaction locked them already); then the transfers, the statement entries with the
 * balances after each transfer, and the holds.
 */
final class LedgerWriter {

    private final boolean postgres;

    /** @param postgres whether statements PostgreSQL has and H2 lacks may combine work (fewer round trips) */
    LedgerWriter(boolean postgres) {
        this.postgres = postgres;
    }

    /** @param locked accounts the transaction locked already (in {@link AccountOrder#DATABASE}, with lockAccounts) */
    void write(LedgerMapper ledger, List<Move> moves, List<HoldChange> holds, Instant now, Set<UUID> locked) {
        Map<UUID, Change> changes = changes(moves);
        Map<UUID, long[]> after = new HashMap<>();
        if (postgres && changes.size() > 1 && locked.containsAll(changes.keySet())) {
            List<AccountChange> rows = new ArrayList<>();
            changes.forEach((account, change) -> rows.add(change.toRow(account)));
            ledger.applyAll(rows).forEach(balances -> after.put(balances.id(), new long[] {balances.posted(), balances.available()}));
            changes.forEach((account, change) -> {
                if (!after.containsKey(account)) {
                    throw Refusals.explain(ledger, account, change.currency, change.debiting, moves);
                }
            });
        } else {
            changes.forEach((account, change) -> {
                Balances balances = ledger.apply(change.toRow(account))
                        .orElseThrow(() -> Refusals.explain(ledger, account, change.currency, change.debiting, moves));
                after.put(account, new long[] {balances.posted(), balances.available()});
            });
        }
        List<TransferRow> transfers = moves.stream().map(Move::row).toList();
        List<EntryRow> entries = entries(moves, after, now);
        if (postgres) {
            ledger.insertTransfersAndEntries(transfers, entries);
        } else {
            ledger.insertTransfers(transfers);
            ledger.insertEntries(entries);
        }
        for (HoldChange hold : holds) {
            switch (hold.kind()) {
                case OPEN -> {
                    TransferRow pending = moves.stream().map(Move::row).filter(row -> row.id().equals(hold.pendingId()))
                            .findFirst().orElseThrow();
                    ledger.insertHold(new HoldRow(pending.id(), pending.debitAccountId(), pending.creditAccountId(),
                            pending.currency(), pending.amount(), pending.timeoutAt()));
                }
                case REDUCE -> ledger.reduceHold(hold.pendingId(), hold.by());
                case CLOSE -> ledger.deleteHold(hold.pendingId());
            }
        }
    }

    private static Map<UUID, Change> changes(List<Move> moves) {
        Map<UUID, Change> changes = new TreeMap<>(AccountOrder.DATABASE);
        for (Move move : moves) {
            TransferRow row = move.row();
            Change debit = changes.computeIfAbsent(row.debitAccountId(), id -> new Change(row.currency()));
            Change credit = changes.computeIfAbsent(row.creditAccountId(), id -> new Change(row.currency()));
            for (Change side : List.of(debit, credit)) {
                if (!side.currency.equals(row.currency())) {
                    throw new TransferRefusedException(Refusal.CURRENCY_MISMATCH, move.index(), row.id(), "Transfer "
                            + row.id() + " is in " + row.currency() + " but touches an account another transfer of "
                            + "the chain moves " + side.currency + " on.");
                }
            }
            debit.debitsPosted = Math.addExact(debit.debitsPosted, move.posted());
            debit.debitsPending = Math.addExact(debit.debitsPending, move.pending());
            debit.debiting |= move.newDebit();
            credit.creditsPosted = Math.addExact(credit.creditsPosted, move.posted());
            credit.creditsPending = Math.addExact(credit.creditsPending, move.pending());
        }
        return changes;
    }

    /** Entries in chain order; each side's balances after it, worked back from where the chain left the account. */
    private static List<EntryRow> entries(List<Move> moves, Map<UUID, long[]> after, Instant now) {
        List<EntryRow> entries = new ArrayList<>();
        for (int i = moves.size() - 1; i >= 0; i--) {
            Move move = moves.get(i);
            TransferRow row = move.row();
            long[] credit = after.get(row.creditAccountId());
            entries.add(new EntryRow(row.creditAccountId(), row.id(), row.debitAccountId(), move.posted(), move.pending(),
                    credit[0], credit[1], now));
            credit[0] -= move.posted();
            credit[1] -= move.posted();
            long[] debit = after.get(row.debitAccountId());
            entries.add(new EntryRow(row.debitAccountId(), row.id(), row.creditAccountId(), -move.posted(), move.pending(),
                    debit[0], debit[1], now));
            debit[0] += move.posted();
            debit[1] += move.posted() + move.pending();
        }
        Collections.reverse(entries);
        return entries;
    }

    /** What the chain changes on one account. */
    static final class Change {
        final String currency;
        long debitsPending;
        long debitsPosted;
        long creditsPending;
        long creditsPosted;
        boolean debiting;

        Change(String currency) {
            this.currency = currency;
        }

        AccountChange toRow(UUID account) {
            return new AccountChange(account, currency, debitsPending, debitsPosted, creditsPending, creditsPosted, debiting);
        }
    }
}
