package dev.drop.catalog.internal.persistence;

import java.util.UUID;

/** A row of {@code catalog.variant}: a size or edition of a product, its price in minor units of the product's currency. */
public record VariantRow(UUID id, UUID productId, UUID merchantId, String sku, String name, long price, int stock,
                         int position) {

    /** A row as shoppers' lists read it: no ids of its own or of the merchant (null), no position (0; rows come in order). */
    public VariantRow(UUID productId, String sku, String name, long price, int stock) {
        this(null, productId, null, sku, name, price, stock, 0);
    }
}
