package dev.drop.transactions.internal.persistence;

import java.time.Instant;
import java.util.UUID;

/** A row of {@code txn.refund}. */
public record RefundRow(UUID id, UUID paymentId, UUID merchantId, long amount, String currency, String reason,
                        String createdBy, Instant createdAt) {
}
