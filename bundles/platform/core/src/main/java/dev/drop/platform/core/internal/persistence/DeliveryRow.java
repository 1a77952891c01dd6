package dev.drop.platform.core.internal.persistence;

import java.time.Instant;

/** An event still owed to a subscriber. */
public record DeliveryRow(String subscriber, long seq, String aggregateKey, int attempts, Instant nextAttemptAt,
                          String lastError) {
}
