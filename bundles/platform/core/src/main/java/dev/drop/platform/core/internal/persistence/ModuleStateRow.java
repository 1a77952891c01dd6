package dev.drop.platform.core.internal.persistence;

import java.time.Instant;

/** A row of {@code platform.module_state}: what operators want a module to be. */
public record ModuleStateRow(String name, boolean enabled, Instant changedAt, String changedBy, String reason) {
}
