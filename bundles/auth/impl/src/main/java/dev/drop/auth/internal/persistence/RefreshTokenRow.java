package dev.drop.auth.internal.persistence;

import java.time.Instant;
import java.util.UUID;

/** A row of {@code auth.refresh_token}: the hash of one refresh token and whether it was used. */
public record RefreshTokenRow(String tokenHash, UUID sessionId, Instant issuedAt, Instant usedAt) {
}
