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
}
