package io.mediadesk.engine.render;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.awt.image.SinglePixelPackedSampleModel;

/**
 * Access to the packed {@code int[]} behind the two image types stages accept. Stages index the
 * array as {@code y * width + x}, so an image must own a compact buffer: a
 * {@link BufferedImage#getSubimage} view shares its parent's buffer with an offset and a wider
 * stride, and is rejected here rather than read wrongly (run {@link Normalize} first).
 */
final class Pixels {

    private Pixels() {
    }

    /** The pixels of a compact {@code TYPE_INT_RGB} or {@code TYPE_INT_ARGB} image, not a copy. */
    static int[] of(BufferedImage image) {
        requireSupported(image);
        return ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
    }

    static boolean hasAlpha(BufferedImage image) {
        requireSupported(image);
        return image.getType() == BufferedImage.TYPE_INT_ARGB;
    }

    /** A new image of the given size, ARGB when {@code alpha}, else RGB; all pixels zero. */
    static BufferedImage create(int width, int height, boolean alpha) {
        return new BufferedImage(width, height,
                alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
    }

    static boolean isCompact(BufferedImage image) {
        var raster = image.getRaster();
        return raster.getSampleModel() instanceof SinglePixelPackedSampleModel model
                && model.getScanlineStride() == image.getWidth()
                && raster.getSampleModelTranslateX() == 0
                && raster.getSampleModelTranslateY() == 0
                && raster.getDataBuffer().getOffset() == 0;
    }

    static void requireSupported(BufferedImage image) {
        int type = image.getType();
        if (type != BufferedImage.TYPE_INT_RGB && type != BufferedImage.TYPE_INT_ARGB) {
            throw new IllegalArgumentException(
                    "stages take TYPE_INT_RGB or TYPE_INT_ARGB images, got type " + type
                            + "; run Normalize first");
        }
        if (!isCompact(image)) {
            throw new IllegalArgumentException(
                    "stages take images that own their pixel buffer, got a sub-image view;"
                            + " run Normalize first");
        }
    }
}
