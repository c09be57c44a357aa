package io.mediadesk.engine.render;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

/** Small hand-made images for exactness tests; no code under test is used to build them. */
final class TestImages {

    private TestImages() {
    }

    /** Pixel (x, y) holds {@code y * w + x + 1} (plus opaque alpha for ARGB), so every pixel differs. */
    static BufferedImage numbered(int w, int h, boolean alpha) {
        var image = new BufferedImage(w, h, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        int[] data = ints(image);
        for (int i = 0; i < data.length; i++) {
            data[i] = (alpha ? 0xFF000000 : 0) | (i + 1);
        }
        return image;
    }

    /** An image holding exactly the given packed values, row by row. */
    static BufferedImage of(int w, int h, boolean alpha, int... values) {
        var image = new BufferedImage(w, h, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        System.arraycopy(values, 0, ints(image), 0, w * h);
        return image;
    }

    static BufferedImage solid(int w, int h, int argb, boolean alpha) {
        var image = new BufferedImage(w, h, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        java.util.Arrays.fill(ints(image), alpha ? argb : argb & 0xFFFFFF);
        return image;
    }

    static int[] ints(BufferedImage image) {
        return ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
    }

    /** Pixel values with the alpha byte stripped, for comparing against hand-written numbers. */
    static int[] rgb(BufferedImage image) {
        int[] data = ints(image).clone();
        for (int i = 0; i < data.length; i++) {
            data[i] &= 0xFFFFFF;
        }
        return data;
    }

    static BufferedImage copy(BufferedImage image) {
        var copy = new BufferedImage(image.getWidth(), image.getHeight(), image.getType());
        System.arraycopy(ints(image), 0, ints(copy), 0, ints(image).length);
        return copy;
    }
}
