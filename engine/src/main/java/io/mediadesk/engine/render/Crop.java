package io.mediadesk.engine.render;

import java.awt.image.BufferedImage;

/**
 * Cut out an exact box. The box must lie wholly inside the image: the planner owns geometry, so
 * a box that sticks out is its bug and is reported, not silently clamped.
 */
public record Crop(int x, int y, int width, int height) implements Stage {

    public Crop {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("crop box " + describe(x, y, width, height)
                    + " must be at least 1x1");
        }
    }

    public static Crop of(int x, int y, int width, int height) {
        return new Crop(x, y, width, height);
    }

    @Override
    public BufferedImage apply(BufferedImage in) {
        int w = in.getWidth();
        if (x < 0 || y < 0 || (long) x + width > w || (long) y + height > in.getHeight()) {
            throw new IllegalArgumentException("crop box " + describe(x, y, width, height)
                    + " does not lie inside the " + w + "x" + in.getHeight() + " image");
        }
        var out = Pixels.create(width, height, Pixels.hasAlpha(in));
        int[] src = Pixels.of(in);
        int[] dst = Pixels.of(out);
        for (int row = 0; row < height; row++) {
            System.arraycopy(src, (y + row) * w + x, dst, row * width, width);
        }
        return out;
    }

    private static String describe(int x, int y, int width, int height) {
        return width + "x" + height + " at (" + x + "," + y + ")";
    }
}
