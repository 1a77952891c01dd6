package dev.drop.transactions.internal.persistence;

import java.time.Instant;

/** What a wallet sent since the start of the day, and how often in the last hour (from when). */
public record SpendingRow(long dayTotal, long hourCount, Instant hourOldest) {
}
