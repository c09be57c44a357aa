package io.mediadesk.engine.render;

/**
 * An 8-bit sRGB colour with straight (non-premultiplied) alpha, each component 0-255. Used for
 * backgrounds of padding, rotation corners and flattening.
 */
public record Rgba(int red, int green, int blue, int alpha) {

    public static final Rgba TRANSPARENT = new Rgba(0, 0, 0, 0);
    public static final Rgba BLACK = new Rgba(0, 0, 0, 255);
    public static final Rgba WHITE = new Rgba(255, 255, 255, 255);

    public Rgba {
        check("red", red);
        check("green", green);
        check("blue", blue);
        check("alpha", alpha);
    }

    /** An opaque colour. */
    public static Rgba of(int red, int green, int blue) {
        return new Rgba(red, green, blue, 255);
    }

    public static Rgba of(int red, int green, int blue, int alpha) {
        return new Rgba(red, green, blue, alpha);
    }

    /** From a packed {@code 0xAARRGGBB} int, as stored in a {@code TYPE_INT_ARGB} buffer. */
    public static Rgba fromArgb(int argb) {
        return new Rgba(argb >> 16 & 0xFF, argb >> 8 & 0xFF, argb & 0xFF, argb >>> 24);
    }

    /** Packed {@code 0xAARRGGBB}, the layout of a {@code TYPE_INT_ARGB} buffer. */
    public int argb() {
        return alpha << 24 | red << 16 | green << 8 | blue;
    }

    public boolean isOpaque() {
        return alpha == 255;
    }

    private static void check(String name, int value) {
        if (value < 0 || value > 255) {
            throw new IllegalArgumentException(name + " must be 0-255, got " + value);
        }
    }
}
