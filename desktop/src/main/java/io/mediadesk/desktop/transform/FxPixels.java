package io.mediadesk.desktop.transform;

import io.mediadesk.engine.render.PreviewPixels;
import io.mediadesk.engine.render.RenderedPixels;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/** Engine pixels onto the screen: plain ARGB ints into a {@link WritableImage}, no AWT bridge. */
public final class FxPixels {
    private FxPixels() {
    }

    public static Image image(RenderedPixels pixels) {
        if (pixels == null) {
            return null;
        }
        WritableImage image = new WritableImage(pixels.width(), pixels.height());
        // getIntArgbInstance is non-premultiplied, exactly what the engine hands out.
        image.getPixelWriter().setPixels(0, 0, pixels.width(), pixels.height(), PixelFormat.getIntArgbInstance(),
                pixels.argb(), 0, pixels.width());
        return image;
    }

    /** A quick preview (or the exact output, shown the same way) onto the screen. */
    public static Image image(PreviewPixels pixels) {
        if (pixels == null) {
            return null;
        }
        WritableImage image = new WritableImage(pixels.width(), pixels.height());
        image.getPixelWriter().setPixels(0, 0, pixels.width(), pixels.height(), PixelFormat.getIntArgbInstance(),
                pixels.argb(), 0, pixels.width());
        return image;
    }

    /** A difference heat map (opaque ARGB) onto the screen. */
    public static Image image(PixelDiff diff) {
        if (diff == null) {
            return null;
        }
        WritableImage image = new WritableImage(diff.width(), diff.height());
        image.getPixelWriter().setPixels(0, 0, diff.width(), diff.height(), PixelFormat.getIntArgbInstance(),
                diff.heat(), 0, diff.width());
        return image;
    }

    /**
     * Successive pixel arrays onto the screen without a new {@link WritableImage} each time: the
     * last two sizes are kept (the quick preview's and the exact output's), so a keystroke's
     * preview and its exact render each write into an image of their size made before. Nothing
     * is allocated while the sizes stay the same; what is left is one copy of the pixels.
     * FX thread only.
     */
    static final class Reused {
        private WritableImage latest;
        private WritableImage previous;

        Image image(PreviewPixels pixels) {
            if (pixels == null) {
                return null;
            }
            WritableImage target = fits(latest, pixels) ? latest : fits(previous, pixels) ? previous : null;
            if (target == null) {
                target = new WritableImage(pixels.width(), pixels.height());
            }
            if (target != latest) {
                previous = latest;
                latest = target;
            }
            target.getPixelWriter().setPixels(0, 0, pixels.width(), pixels.height(), PixelFormat.getIntArgbInstance(),
                    pixels.argb(), 0, pixels.width());
            return target;
        }

        private static boolean fits(WritableImage image, PreviewPixels pixels) {
            return image != null && (int) image.getWidth() == pixels.width() && (int) image.getHeight() == pixels.height();
        }
    }
}
