package dev.drop.transactions.internal.persistence;

import java.time.Instant;
import java.util.UUID;

/** A row of {@code txn.webhook_message}. */
public record WebhookMessageRow(UUID id, UUID endpointId, UUID eventId, String eventType, String body, String status,
                                int attempts, Instant nextAttemptAt, Instant createdAt, Instant deliveredAt) {
}
