package io.mediadesk.engine.plan;

/** A width and height in whole pixels, both at least 1. */
public record Size(int width, int height) {

    public Size {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("a size is at least 1x1, got " + width + "x" + height);
        }
    }

    public static Size of(int width, int height) {
        return new Size(width, height);
    }

    @Override
    public String toString() {
        return width + "x" + height;
    }
}
