package dev.drop.cards.internal.persistence;

import java.time.Instant;
import java.util.UUID;

/**
 * A row of {@code cards.authorization_request}. {@code amount} is in the merchant's currency; {@code held} is what
 * the wallet's hold reserves, in the wallet's currency ({@code rate} when they differ); {@code cleared} and
 * {@code refunded} are in the merchant's currency.
 */
public record AuthorizationRow(UUID id, UUID cardId, boolean approved, String responseCode, String reason, long amount,
                               String currency, long held, String walletCurrency, String rate, String merchantName,
                               String mcc, String country, String channel, String status, long cleared, long refunded,
                               Instant holdExpiresAt, Instant createdAt, long version) {
}
