package dev.drop.catalog.internal.media;

import dev.drop.platform.problem.ProblemException;
import dev.drop.platform.problem.ProblemType;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import net.coobird.thumbnailator.Thumbnails;
import net.coobird.thumbnailator.util.exif.ExifFilterUtils;
import net.coobird.thumbnailator.util.exif.ExifUtils;
import net.coobird.thumbnailator.util.exif.Orientation;

/**
 * Turns an upload into the files a shop serves: the format recognised from the bytes, the size checked before any
 * pixel is decoded, the picture turned upright, then re-encoded (so EXIF, GPS and any other metadata are gone) and
 * scaled to each configured width. Photos become JPEG; pictures with transparency stay PNG.
 */
public final class ImagePipeline {

    private static final float JPEG_QUALITY = 0.85f;

    private final ImageLimits limits;

    public ImagePipeline(ImageLimits limits) {
        this.limits = limits;
    }

    /** What an upload became: the original's size and its renditions, narrowest first. */
    public record Prepared(int width, int height, List<Rendition> renditions) {
    }

    public Prepared prepare(byte[] upload) {
        if (upload.length == 0) {
            throw ProblemType.VALIDATION.exception("The file is empty.");
        }
        if (upload.length > limits.maxBytes()) {
            throw ProblemType.PAYLOAD_TOO_LARGE.exception("The image is " + upload.length + " bytes; the limit is "
                    + limits.maxBytes() + " bytes.");
        }
        BufferedImage image = decode(upload);
        boolean alpha = image.getColorModel().hasAlpha();
        List<Rendition> renditions = new ArrayList<>();
        for (int width : widthsFor(image.getWidth())) {
            renditions.add(encode(image, width, alpha));
        }
        return new Prepared(image.getWidth(), image.getHeight(), renditions);
    }

    /** The configured widths narrower than the picture, and its own width when that is not wider than the largest. */
    List<Integer> widthsFor(int width) {
        List<Integer> widths = new ArrayList<>(limits.widths().stream().filter(w -> w < width).toList());
        if (width <= limits.widths().get(limits.widths().size() - 1)) {
            widths.add(width);
        }
        return widths;
    }

    private BufferedImage decode(byte[] upload) {
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(upload))) {
            ImageFormat format = ImageFormat.of(in).orElseThrow(() -> ProblemType.UNSUPPORTED_MEDIA_TYPE.exception(
                    "The file is not a JPEG, PNG or WebP image, whatever its name or declared type says."));
            ImageReader reader = format.newReader();
            try {
                reader.setInput(in, true, false);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > limits.maxPixels()) {
                    throw ProblemType.UNPROCESSABLE.exception("The image is " + reader.getWidth(0) + " × "
                            + reader.getHeight(0) + " pixels; the limit is " + limits.maxPixels() + " pixels.");
                }
                List<String> warnings = new ArrayList<>();
                reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
                Orientation orientation = format == ImageFormat.JPEG ? orientation(reader) : null;
                BufferedImage image = reader.read(0);
                if (!warnings.isEmpty()) {
                    throw damaged();
                }
                return orientation == null ? image : ExifFilterUtils.getFilterForOrientation(orientation).apply(image);
            } finally {
                reader.dispose();
            }
        } catch (ProblemException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw damaged();
        }
    }

    /** How the camera held the picture; unreadable metadata is ignored (it is about to be dropped anyway). */
    private static Orientation orientation(ImageReader reader) {
        try {
            return ExifUtils.getExifOrientation(reader, 0);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static Rendition encode(BufferedImage image, int width, boolean alpha) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Thumbnails.Builder<BufferedImage> builder = Thumbnails.of(image).width(width).outputFormat(alpha ? "png" : "jpg");
            if (!alpha) {
                builder.outputQuality(JPEG_QUALITY).imageType(BufferedImage.TYPE_INT_RGB);
            }
            builder.toOutputStream(out);
        } catch (IOException e) {
            throw new UncheckedIOException("encoding into memory failed", e);
        }
        byte[] bytes = out.toByteArray();
        int height = Math.max(1, Math.round((float) image.getHeight() * width / image.getWidth()));
        String extension = alpha ? "png" : "jpg";
        return new Rendition(width, height, alpha ? "image/png" : "image/jpeg", bytes, sha256(bytes) + "." + extension);
    }

    private static ProblemException damaged() {
        return ProblemType.UNPROCESSABLE.exception("The image is damaged or truncated and cannot be read.");
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
