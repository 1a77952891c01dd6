package dev.drop.catalog.internal.persistence;

import java.util.UUID;

/** A variant with what selling it needs of its product: names, price in the product's currency, stock, status. */
public record SaleVariant(UUID id, UUID productId, String sku, String productName, String variantName, long price,
                          String currency, int stock, String status) {
}
