package dev.drop.platform.core.internal.persistence;

import java.time.Instant;

/** A row of {@code platform.flag}. */
public record FlagRow(String name, boolean enabled, Integer rolloutPercent, String rolloutBy, Instant updatedAt,
                      String updatedBy) {
}
