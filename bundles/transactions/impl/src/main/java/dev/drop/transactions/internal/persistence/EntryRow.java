package dev.drop.transactions.internal.persistence;

import java.time.Instant;
import java.util.UUID;

/** A row of {@code txn.entry} to insert; its sequence number is generated. */
public record EntryRow(UUID accountId, UUID transferId, UUID counterpartyId, long postedChange, long pendingChange,
                       long balanceAfter, long availableAfter, Instant createdAt) {
}
