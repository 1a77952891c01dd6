package dev.drop.catalog.internal.storefront;

import dev.drop.catalog.internal.ProductImage;
import dev.drop.catalog.internal.persistence.ImageFileRow;
import java.util.List;
import java.util.stream.Collectors;

/** What an {@code <img>} of a product needs: the widest file as {@code src}, every width in {@code srcset}. */
public record Picture(String src, String srcset, int width, int height, String alt) {

    static Picture of(ProductImage image, String fallbackAlt) {
        List<ImageFileRow> files = image.files();
        ImageFileRow widest = files.get(files.size() - 1);
        String srcset = files.stream().map(file -> "/media/" + file.file() + " " + file.width() + "w")
                .collect(Collectors.joining(", "));
        String alt = image.row().alt().isBlank() ? fallbackAlt : image.row().alt();
        return new Picture("/media/" + widest.file(), srcset, widest.width(), widest.height(), alt);
    }
}
