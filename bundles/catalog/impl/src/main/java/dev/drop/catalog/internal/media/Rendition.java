package dev.drop.catalog.internal.media;

/** One stored size of an uploaded image: re-encoded bytes with no metadata, and the file name they are kept under. */
public record Rendition(int width, int height, String contentType, byte[] bytes, String file) {
}
