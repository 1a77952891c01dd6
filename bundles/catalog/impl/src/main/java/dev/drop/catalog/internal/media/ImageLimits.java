package dev.drop.catalog.internal.media;

import java.util.List;

/**
 * What an upload may be: at most {@code maxBytes} long and {@code maxPixels} decoded (a small file that decodes to a
 * huge canvas is a decompression bomb), stored in the given {@code widths} (never wider than the original).
 */
public record ImageLimits(long maxBytes, long maxPixels, List<Integer> widths) {

    public ImageLimits {
        if (maxBytes < 1 || maxPixels < 1 || widths.isEmpty() || widths.stream().anyMatch(width -> width < 16 || width > 8192)) {
            throw new IllegalArgumentException("limits must be positive and widths between 16 and 8192 pixels");
        }
        widths = widths.stream().distinct().sorted().toList();
    }
}
