package dev.drop.catalog.internal.persistence;

import java.time.Instant;
import java.util.UUID;

/**
 * A row of {@code catalog.image}: one picture of a product, at its place in the product's order, with its stored
 * widths ({@link ImageFileRow#format}).
 */
public record ImageRow(UUID id, UUID productId, UUID merchantId, int position, String alt, int width, int height,
                       String files, Instant createdAt) {
}
