package dev.drop.catalog.internal.media;

import com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.spi.ImageReaderSpi;
import javax.imageio.stream.ImageInputStream;

/**
 * The image formats a shop may upload, recognised by their readers from the bytes themselves, never from a name or a
 * declared content type. The WebP reader is used directly rather than through the global ImageIO registry.
 */
enum ImageFormat {
    JPEG(spi("jpeg")),
    PNG(spi("png")),
    WEBP(new WebPImageReaderSpi());

    private final ImageReaderSpi reader;

    ImageFormat(ImageReaderSpi reader) {
        this.reader = reader;
    }

    /** The format of the stream, or empty when none of the readers recognises it. The stream is left where it was. */
    static Optional<ImageFormat> of(ImageInputStream in) throws IOException {
        for (ImageFormat format : List.of(values())) {
            if (format.reader.canDecodeInput(in)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    ImageReader newReader() throws IOException {
        return reader.createReaderInstance();
    }

    private static ImageReaderSpi spi(String format) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
        if (!readers.hasNext()) {
            throw new IllegalStateException("the JDK has no " + format + " reader");
        }
        return readers.next().getOriginatingProvider();
    }
}
