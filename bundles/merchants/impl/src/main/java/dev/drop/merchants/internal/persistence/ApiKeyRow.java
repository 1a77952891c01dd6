package dev.drop.merchants.internal.persistence;

import java.time.Instant;
import java.util.UUID;

/** A row of {@code merchants.api_key}; {@code scopes} is space-separated. */
public record ApiKeyRow(UUID id, UUID merchantId, String name, String prefix, String secretHash, String scopes,
                        Instant createdAt, String createdBy, Instant lastUsedAt, Instant revokedAt) {
}
