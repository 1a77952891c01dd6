package dev.drop.transactions;

import dev.drop.platform.money.Money;
import java.time.Instant;
import java.util.Currency;
import java.util.Objects;
import java.util.UUID;

/**
 * An account of the ledger, in one currency, with its balances as TigerBeetle keeps them: posted and pending debits
 * and credits in minor units. Money is owed to the owner when credits exceed debits.
 */
public record Account(UUID id, AccountKind kind, Owner owner, Currency currency, AccountStatus status,
                      long debitsPending, long debitsPosted, long creditsPending, long creditsPosted, Instant createdAt) {

    public Account {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(status, "status");
    }

    /** Posted credits minus posted debits. */
    public Money balance() {
        return new Money(Math.subtractExact(creditsPosted, debitsPosted), currency);
    }

    /** What can be spent: the balance less what holds reserve. */
    public Money available() {
        return new Money(Math.subtractExact(Math.subtractExact(creditsPosted, debitsPosted), debitsPending), currency);
    }

    /** What holds reserve now (pending debits). */
    public Money pending() {
        return new Money(debitsPending, currency);
    }

    /** Money on its way in (pending credits). */
    public Money incoming() {
        return new Money(creditsPending, currency);
    }
}
