package dev.drop.transactions.internal.persistence;

import java.util.UUID;

/** An account's balances as an update left them. */
public record Balances(UUID id, long debitsPending, long debitsPosted, long creditsPending, long creditsPosted) {

    public long posted() {
        return creditsPosted - debitsPosted;
    }

    public long available() {
        return creditsPosted - debitsPosted - debitsPending;
    }
}
