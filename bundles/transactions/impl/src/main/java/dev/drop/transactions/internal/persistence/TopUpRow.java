package dev.drop.transactions.internal.persistence;

import java.time.Instant;
import java.util.UUID;

/** A row of {@code txn.top_up}. */
public record TopUpRow(UUID id, UUID walletId, UUID userId, String rail, long amount, String currency, String status,
                       String redirectUrl, String failureReason, Instant createdAt, Instant updatedAt) {
}
