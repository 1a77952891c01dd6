package dev.drop.transactions.internal.persistence;

import java.time.Instant;
import java.util.UUID;

/** A row of {@code txn.open_hold}: what an open pending transfer still reserves. */
public record HoldRow(UUID pendingId, UUID debitAccountId, UUID creditAccountId, String currency,
                      long remaining, Instant timeoutAt) {
}
