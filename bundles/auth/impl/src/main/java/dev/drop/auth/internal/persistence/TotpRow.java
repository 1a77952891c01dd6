package dev.drop.auth.internal.persistence;

import java.time.Instant;
import java.util.UUID;

/** A row of {@code auth.totp}: an account's TOTP secret, in use once confirmed. */
public record TotpRow(UUID accountId, String secret, Instant createdAt, Instant confirmedAt, Long lastUsedStep) {
}
