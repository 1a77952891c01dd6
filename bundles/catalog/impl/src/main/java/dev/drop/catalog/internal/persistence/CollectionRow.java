package dev.drop.catalog.internal.persistence;

import java.util.UUID;

/** A row of {@code catalog.collection}. */
public record CollectionRow(UUID id, UUID merchantId, String slug, String name, int position) {
}
