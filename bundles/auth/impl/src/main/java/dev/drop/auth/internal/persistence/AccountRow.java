package dev.drop.auth.internal.persistence;

import java.time.Instant;
import java.util.UUID;

/** A row of {@code auth.account}; {@code passwordHash} is null for accounts that only sign in through OIDC. */
public record AccountRow(UUID id, String email, String passwordHash, boolean locked, String lockedReason, Instant createdAt,
                         Instant passwordChangedAt) {
}
