package dev.drop.transactions.internal.persistence;

import java.time.Instant;
import java.util.UUID;

/** A row of {@code txn.remittance_event}. */
public record RemittanceEventRow(UUID id, UUID remittanceId, String status, String note, Instant at) {
}
