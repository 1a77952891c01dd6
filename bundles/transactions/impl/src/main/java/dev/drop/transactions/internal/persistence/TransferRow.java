package dev.drop.transactions.internal.persistence;

import java.time.Instant;
import java.util.UUID;

/** A row of {@code txn.transfer}. */
public record TransferRow(UUID id, String kind, UUID debitAccountId, UUID creditAccountId, long amount, long released,
                          String currency, UUID pendingId, UUID closesPending, Instant timeoutAt, UUID chainId,
                          String code, String description, Instant createdAt) {
}
