package dev.drop.transactions.internal.persistence;

import java.time.Instant;
import java.util.UUID;

/** A row of {@code txn.remittance}. */
public record RemittanceRow(UUID id, UUID userId, UUID walletId, UUID quoteId, String rail, String recipientName,
                            String iban, String country, String address, String purpose, String status, String screening,
                            String reason, Instant createdAt, Instant updatedAt) {
}
