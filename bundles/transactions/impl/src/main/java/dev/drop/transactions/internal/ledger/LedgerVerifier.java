package dev.drop.transactions.internal.ledger;

import dev.drop.platform.money.Money;
import dev.drop.transactions.LedgerVerification;
import dev.drop.transactions.internal.persistence.CurrencyTotal;
import dev.drop.transactions.internal.persistence.Disagreement;
import dev.drop.transactions.internal.persistence.LedgerMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Checks the ledger's invariants, each in one statement (one consistent snapshot while transfers go on), and names
 * the first account or transfer that breaks one.
 */
final class LedgerVerifier {

    /** How late the expiry job may be in releasing a hold before it counts as a broken invariant. */
    static final Duration EXPIRY_GRACE = Duration.ofSeconds(30);

    private final LedgerMapper ledger;
    private final List<String> checks = new ArrayList<>();
    private String problem;

    LedgerVerifier(LedgerMapper ledger) {
        this.ledger = ledger;
    }

    LedgerVerification verify(Instant now) {
        long accounts = ledger.countAccounts();
        long transfers = ledger.countTransfers();
        for (CurrencyTotal total : ledger.currencyTotals()) {
            checks.add(total.currency() + ": the balances of " + total.accounts() + " accounts sum to "
                    + Money.of(total.posted(), total.currency()) + " posted and " + Money.of(total.pending(), total.currency())
                    + " pending");
            if (total.posted() != 0 || total.pending() != 0) {
                fail(total.currency() + ": the balances of all accounts must sum to zero");
            }
        }
        disagreement("every cached balance equals the sum of its " + transfers + " transfers",
                ledger.balancesAgainstTransfers(1), "its transfers");
        disagreement("every account's statement ends at its balance", ledger.balancesAgainstStatements(1), "its statement");
        none("no wallet or merchant account is overdrawn", ledger.overdrawn(1), "account %s is overdrawn");
        none("every pending transfer is posted, voided, expired, or open with what it still reserves",
                ledger.pendingsWithoutState(1), "pending transfer %s is neither open as it should be nor closed");
        none("no hold is more than " + EXPIRY_GRACE.toSeconds() + " s past its timeout",
                ledger.holdsPastTimeout(now.minus(EXPIRY_GRACE), 1), "the hold %s is past its timeout and not released");
        return new LedgerVerification(checks, problem, accounts, transfers);
    }

    private void disagreement(String check, List<Disagreement> found, String source) {
        checks.add(check);
        if (!found.isEmpty()) {
            Disagreement first = found.get(0);
            fail("account " + first.accountId() + ": " + first.what() + " is " + first.cached() + " minor units, but "
                    + source + " say " + first.computed());
        }
    }

    private void none(String check, List<UUID> found, String format) {
        checks.add(check);
        if (!found.isEmpty()) {
            fail(String.format(format, found.get(0)));
        }
    }

    private void fail(String what) {
        if (problem == null) {
            problem = what;
        }
    }
}
