package dev.drop.catalog.internal.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ImageFileRowTest {

    @Test
    void theFilesOfAnImageReadBackAsWritten() {
        String jpg = "a".repeat(64) + ".jpg";
        String png = "0".repeat(63) + "f.png";
        List<ImageFileRow> files = List.of(new ImageFileRow(320, 400, jpg), new ImageFileRow(1600, 2000, png));

        String column = ImageFileRow.format(files);

        assertEquals("320x400:" + jpg + ",1600x2000:" + png, column);
        assertEquals(files, ImageFileRow.parse(column));
    }
}
