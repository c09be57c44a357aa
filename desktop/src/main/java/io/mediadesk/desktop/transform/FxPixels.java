package io.mediadesk.desktop.transform;

import io.mediadesk.engine.render.PreviewPixels;
import io.mediadesk.engine.render.RenderedPixels;
import javafx.scene.image.Image;
import java.nio.IntBuffer;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/** Engine pixels onto the screen: plain ARGB ints into a {@link WritableImage}, no AWT bridge. */
public final class FxPixels {
    private FxPixels() {
    }

    public static Image image(RenderedPixels pixels) {
        return pixels == null ? null : argb(pixels.width(), pixels.height(), pixels.argb());
    }

    /** A quick preview (or the exact output, shown the same way) onto the screen. */
    public static Image image(PreviewPixels pixels) {
        return pixels == null ? null : argb(pixels.width(), pixels.height(), pixels.argb());
    }

    /** A difference heat map (opaque ARGB) onto the screen. */
    public static Image image(PixelDiff diff) {
        return diff == null ? null : argb(diff.width(), diff.height(), diff.heat());
    }

    /** Copies non-premultiplied ARGB ints (what the engine hands out) into a new image. */
    private static WritableImage argb(int width, int height, int[] argb) {
        WritableImage image = new WritableImage(width, height);
        write(image, width, height, argb);
        return image;
    }

    private static void write(WritableImage image, int width, int height, int[] argb) {
        image.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
    }

    /**
     * Successive pixel arrays onto the screen at the least cost to the FX thread. Opaque pixels
     * (a format without alpha is flattened by the engine, else every pixel is checked, stopping
     * at the first translucent one) are wrapped, not copied: non-premultiplied and premultiplied
     * ARGB are the same when alpha is 255, so a {@link PixelBuffer} over the engine's own array
     * makes the image in no time (the array is never written again). Translucent pixels are copied
     * into a {@link WritableImage} kept from before when one of the last two sizes (the quick
     * preview's and the exact output's) matches. FX thread only.
     */
    static final class Reused {
        private WritableImage latest;
        private WritableImage previous;

        Image image(PreviewPixels pixels) {
            if (pixels == null) {
                return null;
            }
            if (opaque(pixels)) {
                return new WritableImage(new PixelBuffer<>(pixels.width(), pixels.height(), IntBuffer.wrap(pixels.argb()),
                        PixelFormat.getIntArgbPreInstance()));
            }
            WritableImage target = fits(latest, pixels) ? latest : fits(previous, pixels) ? previous : null;
            if (target == null) {
                target = new WritableImage(pixels.width(), pixels.height());
            }
            if (target != latest) {
                previous = latest;
                latest = target;
            }
            write(target, pixels.width(), pixels.height(), pixels.argb());
            return target;
        }

        static boolean opaque(PreviewPixels pixels) {
            if (!pixels.format().keepsAlpha()) {
                return true;
            }
            for (int p : pixels.argb()) {
                if (p >>> 24 != 0xFF) {
                    return false;
                }
            }
            return true;
        }

        private static boolean fits(WritableImage image, PreviewPixels pixels) {
            return image != null && (int) image.getWidth() == pixels.width() && (int) image.getHeight() == pixels.height();
        }
    }
}
