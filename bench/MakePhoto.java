import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * Writes a photo-like JPEG of the given size: soft gradients and shapes with sensor-like noise, so that it
 * compresses (and decodes) like a camera's picture rather than like a flat test card.
 * Usage: java MakePhoto.java <width> <height> <out.jpg> [seed]
 */
public class MakePhoto {
    public static void main(String[] args) throws Exception {
        int width = Integer.parseInt(args[0]);
        int height = Integer.parseInt(args[1]);
        Random random = new Random(args.length > 3 ? Long.parseLong(args[3]) : 1);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(new GradientPaint(0, 0, new Color(random.nextInt(0xFFFFFF)), width, height, new Color(random.nextInt(0xFFFFFF))));
        g.fillRect(0, 0, width, height);
        for (int i = 0; i < 40; i++) {
            g.setColor(new Color(random.nextInt(256), random.nextInt(256), random.nextInt(256), 90));
            double size = (0.05 + random.nextDouble() * 0.4) * width;
            g.fill(new Ellipse2D.Double(random.nextDouble() * width, random.nextDouble() * height, size, size * 0.8));
        }
        g.dispose();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int rgb = image.getRGB(x, y);
                int noise = (int) (random.nextGaussian() * 6);
                int r = clamp(((rgb >> 16) & 0xFF) + noise);
                int gr = clamp(((rgb >> 8) & 0xFF) + noise);
                int b = clamp((rgb & 0xFF) + noise);
                image.setRGB(x, y, (r << 16) | (gr << 8) | b);
            }
        }
        ImageIO.write(image, "jpg", new File(args[2]));
    }

    private static int clamp(int value) {
        return Math.max(0, Math.min(255, value));
    }
}
