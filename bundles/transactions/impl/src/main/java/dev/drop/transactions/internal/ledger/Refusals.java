package dev.drop.transactions.internal.ledger;

import dev.drop.platform.money.Money;
import dev.drop.transactions.AccountStatus;
import dev.drop.transactions.Refusal;
import dev.drop.transactions.TransferRefusedException;
import dev.drop.transactions.internal.persistence.AccountRow;
import dev.drop.transactions.internal.persistence.LedgerMapper;
import dev.drop.transactions.internal.persistence.TransferRow;
import java.util.List;
import java.util.UUID;

/** Says why an account refused a chain's change: the update matched nothing, and this reads why. */
final class Refusals {

    private Refusals() {
    }

    static TransferRefusedException explain(LedgerMapper ledger, UUID account, String currency, boolean debiting,
                                            List<Move> moves) {
        Move first = moves.stream().filter(move -> move.row().debitAccountId().equals(account)).findFirst()
                .orElseGet(() -> moves.stream().filter(move -> move.row().creditAccountId().equals(account)).findFirst()
                        .orElseThrow());
        TransferRow row = first.row();
        AccountRow found = ledger.account(account).orElse(null);
        if (found == null) {
            return refused(Refusal.ACCOUNT_NOT_FOUND, first, "There is no account " + account + ".");
        }
        if (!found.currency().equals(currency)) {
            return refused(Refusal.CURRENCY_MISMATCH, first, "Account " + account + " holds " + found.currency()
                    + "; transfer " + row.id() + " moves " + currency + ".");
        }
        if (AccountStatus.CLOSED.name().equals(found.status())) {
            return refused(Refusal.ACCOUNT_CLOSED, first, "Account " + account + " is closed.");
        }
        if (debiting && AccountStatus.FROZEN.name().equals(found.status())) {
            return refused(Refusal.ACCOUNT_FROZEN, first, "Account " + account + " is frozen: no money can leave it.");
        }
        long available = found.creditsPosted() - found.debitsPosted() - found.debitsPending();
        return refused(Refusal.INSUFFICIENT_FUNDS, first, "Account " + account + " has " + Money.of(available, currency)
                + " available, less than the transfer needs.");
    }

    private static TransferRefusedException refused(Refusal refusal, Move move, String detail) {
        return new TransferRefusedException(refusal, move.index(), move.row().id(), detail);
    }
}
