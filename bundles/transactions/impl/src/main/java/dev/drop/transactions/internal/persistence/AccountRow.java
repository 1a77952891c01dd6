package dev.drop.transactions.internal.persistence;

import java.time.Instant;
import java.util.UUID;

/** A row of {@code txn.account}. */
public record AccountRow(UUID id, String kind, String ownerType, String ownerId, String currency, String status,
                         boolean noOverdraft, long debitsPending, long debitsPosted, long creditsPending,
                         long creditsPosted, Instant createdAt) {
}
