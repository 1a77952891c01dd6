package dev.drop.transactions.internal.ledger;

import java.util.Comparator;
import java.util.UUID;

/**
 * The one order in which a transaction locks rows: PostgreSQL's order of uuid values (their bytes, unsigned), which
 * {@code ORDER BY id FOR UPDATE} also follows. ({@link UUID#compareTo} compares signed halves: another order.)
 */
final class AccountOrder {

    static final Comparator<UUID> DATABASE = (a, b) -> {
        int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    };

    private AccountOrder() {
    }
}
