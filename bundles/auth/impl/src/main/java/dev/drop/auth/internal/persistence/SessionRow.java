package dev.drop.auth.internal.persistence;

import java.time.Instant;
import java.util.UUID;

/** A row of {@code auth.user_session}: one sign-in and the family of refresh tokens rotated from it. */
public record SessionRow(UUID id, UUID accountId, String authMethod, Instant createdAt, Instant lastUsedAt, Instant expiresAt,
                         Instant revokedAt, String revokedReason, String clientAddress, String userAgent) {
}
