package dev.drop.catalog.internal;

import dev.drop.catalog.internal.persistence.ProductRow;
import dev.drop.catalog.internal.persistence.VariantRow;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A product with its variants, categories, collections and images, as read. */
public record Product(ProductRow row, Map<String, String> attributes, List<VariantRow> variants, List<UUID> categories,
                      List<UUID> collections, List<ProductImage> images) {
}
