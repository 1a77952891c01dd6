package dev.drop.transactions.internal.persistence;

import java.time.Instant;
import java.util.UUID;

/** An entry of a statement with what its transfer says. */
public record StatementRow(long seq, UUID accountId, UUID transferId, String kind, String code, String description,
                           String currency, boolean debit, UUID counterpartyId, long postedChange, long pendingChange, long balanceAfter,
                           long availableAfter, Instant createdAt) {
}
