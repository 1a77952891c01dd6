package dev.drop.transactions.internal.persistence;

import java.time.Instant;
import java.util.UUID;

/** A row of {@code txn.payment}. */
public record PaymentRow(UUID id, UUID requestId, UUID merchantId, UUID payerId, UUID walletId, long amount,
                         String currency, long fee, long refunded, String status, String reference, Instant paidAt,
                         Instant updatedAt) {
}
