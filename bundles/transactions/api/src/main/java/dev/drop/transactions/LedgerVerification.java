package dev.drop.transactions;

import java.util.List;

/**
 * What verifying the ledger found.
 *
 * @param checks  every invariant checked, in plain words, with what it covered
 * @param problem the first invariant that does not hold, naming the account or transfer, or null when all hold
 */
public record LedgerVerification(List<String> checks, String problem, long accounts, long transfers) {

    public LedgerVerification {
        checks = List.copyOf(checks);
    }

    public boolean holds() {
        return problem == null;
    }
}
