package dev.drop.merchants.internal.persistence;

import java.time.Instant;
import java.util.UUID;

/** A row of {@code merchants.merchant}. */
public record MerchantRow(UUID id, String slug, String displayName, String legalName, String country, String currency,
                          String organisationNumber, String payoutIban, String status, Instant createdAt,
                          Instant updatedAt, long version) {
}
