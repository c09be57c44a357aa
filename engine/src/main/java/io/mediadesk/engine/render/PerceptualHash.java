package io.mediadesk.engine.render;

import io.mediadesk.engine.codec.DecodeOptions;
import io.mediadesk.engine.codec.DecodedImage;
import io.mediadesk.engine.codec.Decoder;
import io.mediadesk.engine.codec.Limits;
import java.awt.image.BufferedImage;
import java.nio.file.Path;

/**
 * A 64-bit difference hash (dHash): the upright image shrunk to 9 x 8 grey cells by area
 * averaging, one bit per horizontally adjacent pair, set when the right cell is brighter. Re-saved,
 * rescaled or re-compressed copies of a photo land a few bits apart; different photos land about
 * 32 bits apart. Chosen over a DCT pHash because it is exact integer arithmetic with nothing to
 * tune, so the same pixels give the same bits on every machine.
 */
public final class PerceptualHash {
    /** Decoding a JPEG at an eighth of its size is plenty for 9 x 8 cells and much cheaper. */
    private static final int DECODE_TARGET = 72;

    private PerceptualHash() {
    }

    /** Decodes {@code file} under {@code limits} (so a bomb is refused, not hashed) and hashes it upright. */
    public static long of(Path file, Decoder decoder, Limits limits) {
        return of(decoder.decode(file, limits, DecodeOptions.DEFAULT.withTarget(DECODE_TARGET, DECODE_TARGET)));
    }

    /** The hash of frame 1 after applying the EXIF orientation, so a rotated copy matches. */
    public static long of(DecodedImage decoded) {
        BufferedImage upright = Orientation.fromExif(decoded.orientation()).apply(Normalize.INSTANCE.apply(decoded.image()));
        return dHash(upright);
    }

    /** Bits that differ: 0 for the same picture, about 32 for unrelated ones. */
    public static int distance(long a, long b) {
        return Long.bitCount(a ^ b);
    }

    static long dHash(BufferedImage image) {
        int[] grey = cells(image, 9, 8);
        long hash = 0;
        for (int y = 0; y < 8; y++) {
            for (int x = 0; x < 8; x++) {
                hash <<= 1;
                if (grey[y * 9 + x + 1] > grey[y * 9 + x]) hash |= 1;
            }
        }
        return hash;
    }

    /** Mean luma (x1000, over white where transparent) of each cell of a cols x rows grid. */
    private static int[] cells(BufferedImage image, int cols, int rows) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] px = Pixels.of(image);
        boolean alpha = Pixels.hasAlpha(image);
        int[] out = new int[cols * rows];
        for (int cy = 0; cy < rows; cy++) {
            int y0 = cy * h / rows;
            int y1 = Math.max(y0 + 1, (cy + 1) * h / rows);
            for (int cx = 0; cx < cols; cx++) {
                int x0 = cx * w / cols;
                int x1 = Math.max(x0 + 1, (cx + 1) * w / cols);
                out[cy * cols + cx] = mean(px, w, x0, Math.min(x1, w), y0, Math.min(y1, h), alpha);
            }
        }
        return out;
    }

    private static int mean(int[] px, int w, int x0, int x1, int y0, int y1, boolean alpha) {
        long sum = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                sum += luma(px[y * w + x], alpha);
            }
        }
        return (int) (sum / ((long) (x1 - x0) * (y1 - y0)));
    }

    private static int luma(int argb, boolean alpha) {
        int a = alpha ? argb >>> 24 : 255;
        int r = over(argb >> 16 & 0xff, a);
        int g = over(argb >> 8 & 0xff, a);
        int b = over(argb & 0xff, a);
        return 299 * r + 587 * g + 114 * b;
    }

    private static int over(int channel, int alpha) {
        return (channel * alpha + 255 * (255 - alpha)) / 255;
    }
}
