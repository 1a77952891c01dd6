package dev.drop.cards.internal.persistence;

import java.time.Instant;
import java.util.UUID;

/**
 * A row of {@code cards.authorization_request}. {@code amount} is in the merchant's currency; {@code held} is what
 * the wallet's hold reserved, in the wallet's currency ({@code rate} when they differ); {@code cleared},
 * {@code refunded} and {@code reversed} (given up by partial reversals) are in the merchant's currency;
 * {@code heldReleased} is what partial reversals released of the hold, in the wallet's.
 */
public record AuthorizationRow(UUID id, UUID cardId, boolean approved, String responseCode, String reason, long amount,
                               String currency, long held, String walletCurrency, String rate, String merchantName,
                               String mcc, String country, String channel, String status, long cleared, long refunded,
                               long reversed, long heldReleased, Instant holdExpiresAt, Instant createdAt, long version) {

    /** What the authorization may still clear or reverse, in the merchant's currency. */
    public long open() {
        return amount - cleared - reversed;
    }

    /** This row moved on: its new status and running totals, to be written over the version read. */
    public AuthorizationRow moved(String newStatus, long newCleared, long newRefunded, long newReversed,
                                  long newHeldReleased) {
        return new AuthorizationRow(id, cardId, approved, responseCode, reason, amount, currency, held, walletCurrency,
                rate, merchantName, mcc, country, channel, newStatus, newCleared, newRefunded, newReversed,
                newHeldReleased, holdExpiresAt, createdAt, version);
    }
}
