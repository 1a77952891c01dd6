package dev.drop.catalog.internal.persistence;

import java.time.Instant;
import java.util.UUID;

/** A row of {@code catalog.product}; {@code attributes} is a JSON object of strings. */
public record ProductRow(UUID id, UUID merchantId, String sku, String slug, String name, String brand, String description,
                         String attributes, String status, String seoTitle, String seoDescription, String currency,
                         Long minPrice, boolean inStock, Instant createdAt, Instant updatedAt, long version) {
}
