package dev.drop.cards.internal.persistence;

import java.time.Instant;
import java.util.UUID;

/** A row of {@code cards.authorization_step}: a clearing, reversal or refund, the ledger transfer of the same id. */
public record StepRow(UUID id, UUID authorizationId, String kind, long amount, boolean finalStep, Instant createdAt) {
}
