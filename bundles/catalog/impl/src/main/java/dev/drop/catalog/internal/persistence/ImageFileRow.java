package dev.drop.catalog.internal.persistence;

import java.util.UUID;

/** A row of {@code catalog.image_file}: one stored width of an image, with the product it shows, for reading pages at once. */
public record ImageFileRow(UUID imageId, UUID productId, int width, int height, String file, String contentType, long bytes) {
}
