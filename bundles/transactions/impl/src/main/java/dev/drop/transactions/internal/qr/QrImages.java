package dev.drop.transactions.internal.qr;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * A payload as QR code images, encoded by ZXing (error correction M, UTF-8, a quiet zone of four modules): a PNG for
 * apps and tills, an SVG that scales for print and web pages.
 */
public final class QrImages {

    private static final int QUIET_ZONE = 4;
    private static final int PNG_MODULE_PIXELS = 8;

    private final ByteMatrix modules;

    private QrImages(ByteMatrix modules) {
        this.modules = modules;
    }

    public static QrImages of(String payload) {
        try {
            return new QrImages(Encoder.encode(payload, ErrorCorrectionLevel.M,
                    Map.of(EncodeHintType.CHARACTER_SET, "UTF-8")).getMatrix());
        } catch (WriterException e) {
            throw new IllegalArgumentException("the payload does not fit in a QR code", e);
        }
    }

    public byte[] png() {
        int size = (modules.getWidth() + 2 * QUIET_ZONE) * PNG_MODULE_PIXELS;
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_BINARY);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, size, size);
        graphics.setColor(Color.BLACK);
        for (int y = 0; y < modules.getHeight(); y++) {
            for (int x = 0; x < modules.getWidth(); x++) {
                if (dark(x, y)) {
                    graphics.fillRect((x + QUIET_ZONE) * PNG_MODULE_PIXELS, (y + QUIET_ZONE) * PNG_MODULE_PIXELS,
                            PNG_MODULE_PIXELS, PNG_MODULE_PIXELS);
                }
            }
        }
        graphics.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }

    /** One path of the dark modules, a run of them per segment, on a white square. */
    public String svg() {
        int size = modules.getWidth() + 2 * QUIET_ZONE;
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < modules.getHeight(); y++) {
            int x = 0;
            while (x < modules.getWidth()) {
                if (!dark(x, y)) {
                    x++;
                    continue;
                }
                int run = x;
                while (run < modules.getWidth() && dark(run, y)) {
                    run++;
                }
                path.append('M').append(x + QUIET_ZONE).append(' ').append(y + QUIET_ZONE)
                        .append('h').append(run - x).append("v1h-").append(run - x).append('z');
                x = run;
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size
                + "\" shape-rendering=\"crispEdges\"><rect width=\"" + size + "\" height=\"" + size
                + "\" fill=\"#fff\"/><path fill=\"#000\" d=\"" + path + "\"/></svg>";
    }

    private boolean dark(int x, int y) {
        return x >= 0 && y >= 0 && x < modules.getWidth() && y < modules.getHeight() && modules.get(x, y) == 1;
    }
}
