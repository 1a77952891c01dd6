package dev.drop.transactions.internal.persistence;

import java.time.Instant;
import java.util.UUID;

/** A row of {@code txn.webhook_endpoint}; {@code events} is space-separated. */
public record WebhookEndpointRow(UUID id, UUID merchantId, String url, String events, String secret, String status,
                                 String disabledReason, Instant failingSince, Instant createdAt, String createdBy,
                                 Instant updatedAt) {
}
