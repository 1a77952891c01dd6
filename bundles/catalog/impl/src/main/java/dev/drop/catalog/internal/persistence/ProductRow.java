package dev.drop.catalog.internal.persistence;

import java.time.Instant;
import java.util.UUID;

/** A row of {@code catalog.product}; {@code attributes} is a JSON object of strings. */
public record ProductRow(UUID id, UUID merchantId, String sku, String slug, String name, String brand, String description,
                         String attributes, String status, String seoTitle, String seoDescription, String currency,
                         Long minPrice, boolean inStock, Instant createdAt, Instant updatedAt, long version) {

    /**
     * A row as shoppers' lists read it: only what they see and what their lists sort by. The merchant, SKU, status,
     * update time and version are not read (null, and 0 for the version).
     */
    public ProductRow(UUID id, String slug, String name, String brand, String description, String attributes,
                      String seoTitle, String seoDescription, String currency, Long minPrice, boolean inStock,
                      Instant createdAt) {
        this(id, null, null, slug, name, brand, description, attributes, null, seoTitle, seoDescription, currency,
                minPrice, inStock, createdAt, null, 0);
    }
}
