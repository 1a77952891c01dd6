package dev.drop.catalog.internal;

import dev.drop.catalog.internal.persistence.ImageFileRow;
import dev.drop.catalog.internal.persistence.ImageMapper;
import dev.drop.catalog.internal.persistence.ImageRow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A picture of a product with its stored widths, narrowest first. */
public record ProductImage(ImageRow row, List<ImageFileRow> files) {

    /** The images of each product, in the shop's order, read in one query whatever the number of products. */
    static Map<UUID, List<ProductImage>> of(ImageMapper images, List<UUID> productIds) {
        return productIds.isEmpty() ? Map.of() : byProduct(images.imagesOf(productIds.toArray(UUID[]::new)));
    }

    /** Image rows (in the shop's order) grouped by their product. */
    static Map<UUID, List<ProductImage>> byProduct(List<ImageRow> rows) {
        Map<UUID, List<ProductImage>> byProduct = new LinkedHashMap<>();
        for (ImageRow row : rows) {
            byProduct.computeIfAbsent(row.productId(), product -> new ArrayList<>())
                    .add(new ProductImage(row, ImageFileRow.parse(row.files())));
        }
        return byProduct;
    }
}
