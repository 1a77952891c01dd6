package dev.drop.platform.core.internal.persistence;

import java.time.Instant;
import java.util.UUID;

/** A row of {@code platform.idempotency_key}; the response columns are null until it is {@code COMPLETED}. */
public record IdempotencyRow(String scope, String idemKey, String fingerprint, UUID requestId, String state,
                             UUID lockToken, Instant lockedUntil, Integer status, String contentType, String location,
                             String body, Instant createdAt, Instant expiresAt) {

    public static final String STARTED = "STARTED";
    public static final String COMPLETED = "COMPLETED";
}
