package dev.drop.catalog.internal.persistence;

import java.util.UUID;

/** A row of {@code catalog.variant}: a size or edition of a product, its price in minor units of the product's currency. */
public record VariantRow(UUID id, UUID productId, UUID merchantId, String sku, String name, long price, int stock,
                         int position) {
}
