package dev.drop.transactions.internal.persistence;

import java.time.Instant;
import java.util.UUID;

/** A row of {@code txn.webhook_attempt}; {@code statusCode} is null when no answer came. */
public record WebhookAttemptRow(UUID id, UUID messageId, Instant attemptedAt, Integer statusCode, int durationMs,
                                String error) {
}
