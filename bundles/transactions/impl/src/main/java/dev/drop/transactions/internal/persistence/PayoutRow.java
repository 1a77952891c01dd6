package dev.drop.transactions.internal.persistence;

import java.time.Instant;
import java.util.UUID;

/** A row of {@code txn.payout}. */
public record PayoutRow(UUID id, UUID walletId, UUID userId, String rail, long amount, String currency, String iban,
                        String beneficiary, String status, String failureReason, Instant createdAt, Instant updatedAt) {
}
