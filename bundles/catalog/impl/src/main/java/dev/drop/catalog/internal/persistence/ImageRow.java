package dev.drop.catalog.internal.persistence;

import java.time.Instant;
import java.util.UUID;

/**
 * A row of {@code catalog.image}: one picture of a product, at its place in the product's order, with its stored
 * widths ({@link ImageFileRow#format}).
 */
public record ImageRow(UUID id, UUID productId, UUID merchantId, int position, String alt, int width, int height,
                       String files, Instant createdAt) {

    /** A row as shoppers' lists read it: no merchant or creation time (null), no position (0; rows come in order). */
    public ImageRow(UUID id, UUID productId, String alt, int width, int height, String files) {
        this(id, productId, null, 0, alt, width, height, files, null);
    }
}
