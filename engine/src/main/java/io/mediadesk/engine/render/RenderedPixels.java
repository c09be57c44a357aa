package io.mediadesk.engine.render;

/**
 * The pixels a render serves, as plain data for callers that must not touch {@code java.awt}
 * (the desktop preview): row by row, {@code argb[y * width + x]}, 8-bit sRGB with
 * non-premultiplied alpha (opaque formats have alpha 0xFF everywhere).
 *
 * @param info what was served: size, format, encoded bytes, notices
 */
public record RenderedPixels(int width, int height, int[] argb, Rendered info) {
    public RenderedPixels {
        if (width < 1 || height < 1 || argb.length != width * height) {
            throw new IllegalArgumentException("pixels do not match " + width + "x" + height + ": " + argb.length);
        }
    }
}
