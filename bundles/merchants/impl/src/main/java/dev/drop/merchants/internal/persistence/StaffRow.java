package dev.drop.merchants.internal.persistence;

import java.time.Instant;
import java.util.UUID;

/** A row of {@code merchants.staff}. */
public record StaffRow(UUID merchantId, UUID userId, String role, Instant addedAt, String addedBy) {
}
