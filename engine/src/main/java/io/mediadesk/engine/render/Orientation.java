package io.mediadesk.engine.render;

import java.awt.image.BufferedImage;

/**
 * The eight EXIF orientations (tag 0x0112, values 1-8) as the lossless transform that makes the
 * stored pixels upright. Each is an index shuffle: output pixel (x, y) is read from source index
 * {@code origin + x * stepX + y * stepY}, with the three numbers fixed per orientation. Flips and
 * quarter-turn rotations reuse these constants, so there is one shuffle loop to get right.
 */
public enum Orientation implements Stage {
    /** 1: stored upright. */
    NORMAL(1, false),
    /** 2: mirrored left-right. */
    FLIP_HORIZONTAL(2, false),
    /** 3: upside down. */
    ROTATE_180(3, false),
    /** 4: mirrored top-bottom. */
    FLIP_VERTICAL(4, false),
    /** 5: mirrored along the top-left to bottom-right diagonal (x and y swapped). */
    TRANSPOSE(5, true),
    /** 6: needs a 90 degree clockwise turn. */
    ROTATE_90(6, true),
    /** 7: mirrored along the top-right to bottom-left diagonal. */
    TRANSVERSE(7, true),
    /** 8: needs a 270 degree clockwise (90 counter-clockwise) turn. */
    ROTATE_270(8, true);

    private final int exif;
    private final boolean swapsAxes;

    Orientation(int exif, boolean swapsAxes) {
        this.exif = exif;
        this.swapsAxes = swapsAxes;
    }

    /** The orientation for an EXIF value 1-8; anything else is rejected, not guessed. */
    public static Orientation fromExif(int value) {
        if (value < 1 || value > 8) {
            throw new IllegalArgumentException("EXIF orientation must be 1-8, got " + value);
        }
        return values()[value - 1];
    }

    public int exif() {
        return exif;
    }

    /** Whether output width is the input height (the planner swaps sizes for 5-8). */
    public boolean swapsAxes() {
        return swapsAxes;
    }

    @Override
    public BufferedImage apply(BufferedImage in) {
        int w = in.getWidth();
        int h = in.getHeight();
        var out = Pixels.create(swapsAxes ? h : w, swapsAxes ? w : h, Pixels.hasAlpha(in));
        shuffle(Pixels.of(in), w, h, Pixels.of(out), out.getWidth(), out.getHeight());
        return out;
    }

    private void shuffle(int[] src, int w, int h, int[] dst, int outW, int outH) {
        int last = w * (h - 1);
        int[] walk = switch (this) {       // {origin, stepX, stepY} into src
            case NORMAL -> new int[] {0, 1, w};
            case FLIP_HORIZONTAL -> new int[] {w - 1, -1, w};
            case ROTATE_180 -> new int[] {last + w - 1, -1, -w};
            case FLIP_VERTICAL -> new int[] {last, 1, -w};
            case TRANSPOSE -> new int[] {0, w, 1};
            case ROTATE_90 -> new int[] {last, -w, 1};
            case TRANSVERSE -> new int[] {last + w - 1, -w, -1};
            case ROTATE_270 -> new int[] {w - 1, w, -1};
        };
        int stepX = walk[1];
        int i = 0;
        for (int y = 0; y < outH; y++) {
            int s = walk[0] + y * walk[2];
            for (int x = 0; x < outW; x++, s += stepX) {
                dst[i++] = src[s];
            }
        }
    }
}
