package dev.drop.catalog.internal;

import dev.drop.catalog.internal.persistence.ImageFileRow;
import dev.drop.catalog.internal.persistence.ImageRow;
import dev.drop.catalog.internal.persistence.ImageMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** A picture of a product with its stored widths, narrowest first. */
public record ProductImage(ImageRow row, List<ImageFileRow> files) {

    /** The images of each product, in the shop's order, read in two queries whatever the number of products. */
    static Map<UUID, List<ProductImage>> of(ImageMapper images, List<UUID> productIds) {
        if (productIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, List<ImageFileRow>> files = images.filesOf(productIds).stream()
                .collect(Collectors.groupingBy(ImageFileRow::imageId));
        return images.imagesOf(productIds).stream()
                .map(row -> new ProductImage(row, files.getOrDefault(row.id(), List.of())))
                .collect(Collectors.groupingBy(image -> image.row().productId(), LinkedHashMap::new, Collectors.toList()));
    }
}
