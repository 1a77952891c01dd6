package dev.drop.rail.sandbox.internal;

import java.time.Instant;
import java.util.UUID;

/** A row of {@code rail_sandbox.callback}: a message the bank owes Drop. */
public record CallbackRow(String id, UUID reference, String payload, Instant dueAt, int attempts, Instant deliveredAt,
                          String lastError) {
}
