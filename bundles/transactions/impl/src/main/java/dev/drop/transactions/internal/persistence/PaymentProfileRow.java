package dev.drop.transactions.internal.persistence;

import java.time.Instant;
import java.util.UUID;

/** A row of {@code txn.payment_profile}. */
public record PaymentProfileRow(UUID merchantId, String categoryCode, String city, Instant updatedAt, String updatedBy) {
}
