package io.mediadesk.engine.render;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** Loads the committed sources and independent references from {@code golden/resize}. */
final class References {

    private References() {
    }

    static BufferedImage load(String name) {
        var url = References.class.getResource("/golden/resize/" + name);
        if (url == null) {
            throw new IllegalArgumentException("no test resource golden/resize/" + name);
        }
        try {
            return Normalize.INSTANCE.apply(ImageIO.read(url));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The textbook nearest-neighbour reduction, as a baseline that aliases. */
    static BufferedImage nearest(BufferedImage in, int w, int h) {
        var out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int sx = (int) Math.floor((x + 0.5) * in.getWidth() / w);
                int sy = (int) Math.floor((y + 0.5) * in.getHeight() / h);
                out.setRGB(x, y, in.getRGB(sx, sy));
            }
        }
        return out;
    }
}
