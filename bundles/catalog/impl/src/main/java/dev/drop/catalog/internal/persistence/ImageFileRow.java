package dev.drop.catalog.internal.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One stored width of an image. An image row lists its files in one column ({@code 320x400:<name>,640x800:<name>})
 * so that a page of products reads its pictures without a join; {@code catalog.image_file} keeps them as rows too,
 * for telling which files are still in use.
 */
public record ImageFileRow(int width, int height, String file) {

    public static String format(List<ImageFileRow> files) {
        return files.stream().map(f -> f.width() + "x" + f.height() + ":" + f.file()).collect(Collectors.joining(","));
    }

    public static List<ImageFileRow> parse(String files) {
        List<ImageFileRow> parsed = new ArrayList<>();
        for (String entry : files.split(",")) {
            int x = entry.indexOf('x');
            int colon = entry.indexOf(':');
            parsed.add(new ImageFileRow(Integer.parseInt(entry, 0, x, 10), Integer.parseInt(entry, x + 1, colon, 10),
                    entry.substring(colon + 1)));
        }
        return List.copyOf(parsed);
    }
}
