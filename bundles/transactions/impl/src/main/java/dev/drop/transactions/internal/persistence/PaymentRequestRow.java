package dev.drop.transactions.internal.persistence;

import java.time.Instant;
import java.util.UUID;

/** A row of {@code txn.payment_request}. */
public record PaymentRequestRow(UUID id, UUID merchantId, long amount, String currency, String reference, String status,
                                String payload, Instant expiresAt, Instant createdAt, String createdBy, Instant updatedAt) {
}
