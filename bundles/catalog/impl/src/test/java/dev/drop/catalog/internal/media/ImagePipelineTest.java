package dev.drop.catalog.internal.media;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.drop.platform.problem.ProblemException;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ImagePipelineTest {

    private static final ImageLimits LIMITS = new ImageLimits(5_000_000, 4_000_000, List.of(320, 640, 1024, 1600));
    private final ImagePipeline pipeline = new ImagePipeline(LIMITS);

    @Test
    void storesAPhotoAsJpegInEachWidthNarrowerThanItself() throws IOException {
        ImagePipeline.Prepared prepared = pipeline.prepare(picture("jpg", 1200, 600, BufferedImage.TYPE_INT_RGB));

        assertEquals(1200, prepared.width());
        assertEquals(600, prepared.height());
        assertEquals(List.of(320, 640, 1024, 1200), prepared.renditions().stream().map(Rendition::width).toList());
        for (Rendition rendition : prepared.renditions()) {
            BufferedImage stored = ImageIO.read(new ByteArrayInputStream(rendition.bytes()));
            assertEquals(rendition.width(), stored.getWidth());
            assertEquals(rendition.height(), stored.getHeight(), 1);
            assertEquals("image/jpeg", rendition.contentType());
            assertTrue(rendition.file().matches("[0-9a-f]{64}\\.jpg"), rendition.file());
        }
    }

    @Test
    void neverStoresAPictureWiderThanTheLargestWidth() {
        assertEquals(List.of(320, 640, 1024, 1600), pipeline.widthsFor(4000));
        assertEquals(List.of(320, 640, 1024, 1600), pipeline.widthsFor(1600));
        assertEquals(List.of(100), pipeline.widthsFor(100));
    }

    @Test
    void keepsTransparencyAsPng() throws IOException {
        Rendition only = pipeline.prepare(picture("png", 200, 100, BufferedImage.TYPE_INT_ARGB)).renditions().get(0);

        assertEquals("image/png", only.contentType());
        assertTrue(ImageIO.read(new ByteArrayInputStream(only.bytes())).getColorModel().hasAlpha());
    }

    @Test
    void readsWebP() {
        byte[] lossless = Base64.getDecoder().decode("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==");
        byte[] lossy = Base64.getDecoder().decode("UklGRiIAAABXRUJQVlA4IBYAAAAwAQCdASoBAAEADsD+JaQAA3AAAAAA");

        assertEquals(1, pipeline.prepare(lossless).width());
        assertEquals(1, pipeline.prepare(lossy).renditions().size());
    }

    @Test
    void dropsExifAndGpsMetadata() throws IOException {
        byte[] jpeg = picture("jpg", 400, 300, BufferedImage.TYPE_INT_RGB);
        byte[] marked = withExif(jpeg, "GPS 59.3293N 18.0686E");

        for (Rendition rendition : pipeline.prepare(marked).renditions()) {
            String text = new String(rendition.bytes(), StandardCharsets.ISO_8859_1);
            assertFalse(text.contains("Exif"), "EXIF segment kept");
            assertFalse(text.contains("59.3293N"), "GPS text kept");
        }
    }

    @Test
    void refusesWhatIsNotAnImageWhateverItIsCalled() {
        byte[] script = "<?php system($_GET['c']); ?>".getBytes(StandardCharsets.US_ASCII);
        byte[] gif = Base64.getDecoder().decode("R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==");

        assertEquals(415, status(() -> pipeline.prepare(script)));
        assertEquals(415, status(() -> pipeline.prepare(gif)));
    }

    @Test
    void refusesADecompressionBombBeforeDecodingIt() throws IOException {
        byte[] png = picture("png", 10, 10, BufferedImage.TYPE_INT_RGB);
        ByteBuffer header = ByteBuffer.wrap(png);
        header.putInt(16, 100_000);
        header.putInt(20, 100_000);

        ProblemException refused = assertThrows(ProblemException.class, () -> pipeline.prepare(png));
        assertEquals(422, refused.problem().status());
        assertTrue(refused.problem().detail().contains("100000 × 100000"), refused.problem().detail());
    }

    @Test
    void refusesTruncatedFiles() throws IOException {
        byte[] jpeg = picture("jpg", 800, 600, BufferedImage.TYPE_INT_RGB);
        byte[] png = picture("png", 800, 600, BufferedImage.TYPE_INT_RGB);

        assertEquals(422, status(() -> pipeline.prepare(Arrays.copyOf(jpeg, jpeg.length / 2))));
        assertEquals(422, status(() -> pipeline.prepare(Arrays.copyOf(png, png.length / 2))));
    }

    @Test
    void refusesEmptyAndOversizedUploads() {
        assertEquals(400, status(() -> pipeline.prepare(new byte[0])));
        assertEquals(413, status(() -> pipeline.prepare(new byte[5_000_001])));
    }

    @Test
    void theSameBytesGetTheSameName() throws IOException {
        byte[] jpeg = picture("jpg", 300, 200, BufferedImage.TYPE_INT_RGB);

        Rendition first = pipeline.prepare(jpeg).renditions().get(0);
        Rendition second = pipeline.prepare(jpeg).renditions().get(0);

        assertEquals(first.file(), second.file());
        assertArrayEquals(first.bytes(), second.bytes());
    }

    static byte[] picture(String format, int width, int height, int type) throws IOException {
        BufferedImage image = new BufferedImage(width, height, type);
        Graphics2D graphics = image.createGraphics();
        graphics.setPaint(new Color(40, 90, 160, type == BufferedImage.TYPE_INT_ARGB ? 120 : 255));
        graphics.fillRect(0, 0, width, height);
        graphics.setPaint(Color.ORANGE);
        graphics.fillOval(width / 4, height / 4, width / 2, height / 2);
        graphics.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    /** The JPEG with an EXIF segment (an empty big-endian TIFF directory followed by the text) after its JFIF segment. */
    static byte[] withExif(byte[] jpeg, String text) {
        int at = 4 + (((jpeg[4] & 0xFF) << 8) | (jpeg[5] & 0xFF));
        byte[] tiff = {'M', 'M', 0, 42, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0};
        byte[] payload = text.getBytes(StandardCharsets.US_ASCII);
        int length = 2 + 6 + tiff.length + payload.length;
        ByteBuffer out = ByteBuffer.allocate(jpeg.length + 2 + length);
        out.put(jpeg, 0, at).put((byte) 0xFF).put((byte) 0xE1).putShort((short) length)
                .put("Exif\0\0".getBytes(StandardCharsets.US_ASCII)).put(tiff).put(payload)
                .put(jpeg, at, jpeg.length - at);
        return out.array();
    }

    private static int status(Runnable action) {
        return assertThrows(ProblemException.class, action::run).problem().status();
    }
}
