package io.mediadesk.engine.codec;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** Pixel comparisons for the colour tests. */
final class Pixels {
    private Pixels() {
    }

    static BufferedImage reference(String name) {
        try (InputStream in = Pixels.class.getResourceAsStream("/reference/" + name)) {
            if (in == null) throw new IllegalArgumentException("no reference " + name);
            return ImageIO.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Mean of R, G, B (and A) over a region, on the 0-255 scale. */
    static double[] mean(BufferedImage image, int x0, int y0, int w, int h) {
        double[] sum = new double[4];
        for (int y = y0; y < y0 + h; y++) {
            for (int x = x0; x < x0 + w; x++) {
                int argb = image.getRGB(x, y);
                sum[0] += argb >> 16 & 0xFF;
                sum[1] += argb >> 8 & 0xFF;
                sum[2] += argb & 0xFF;
                sum[3] += argb >>> 24;
            }
        }
        for (int i = 0; i < 4; i++) sum[i] /= (double) w * h;
        return sum;
    }

    static double[] mean(BufferedImage image) {
        return mean(image, 0, 0, image.getWidth(), image.getHeight());
    }

    /**
     * The largest per-channel difference between {@code actual} at ({@code x0},{@code y0}) and the
     * whole of {@code expected}, comparing colour only where the expected pixel is not fully transparent.
     */
    static int maxDifference(BufferedImage actual, int x0, int y0, BufferedImage expected) {
        int worst = 0;
        for (int y = 0; y < expected.getHeight(); y++) {
            for (int x = 0; x < expected.getWidth(); x++) {
                int e = expected.getRGB(x, y);
                int a = actual.getRGB(x0 + x, y0 + y);
                worst = Math.max(worst, Math.abs((a >>> 24) - (e >>> 24)));
                if (e >>> 24 == 0) continue;
                for (int shift = 0; shift <= 16; shift += 8) {
                    worst = Math.max(worst, Math.abs((a >> shift & 0xFF) - (e >> shift & 0xFF)));
                }
            }
        }
        return worst;
    }

    /** Mean absolute per-channel error over the colour channels. */
    static double meanAbsoluteError(BufferedImage actual, int x0, int y0, BufferedImage expected) {
        double sum = 0;
        for (int y = 0; y < expected.getHeight(); y++) {
            for (int x = 0; x < expected.getWidth(); x++) {
                int e = expected.getRGB(x, y);
                int a = actual.getRGB(x0 + x, y0 + y);
                for (int shift = 0; shift <= 16; shift += 8) sum += Math.abs((a >> shift & 0xFF) - (e >> shift & 0xFF));
            }
        }
        return sum / (3.0 * expected.getWidth() * expected.getHeight());
    }
}
