package dev.drop.catalog.internal.persistence;

import java.util.UUID;

/** A row of {@code catalog.category}. */
public record CategoryRow(UUID id, UUID merchantId, UUID parentId, String slug, String name, int position) {
}
