package io.mediadesk.engine.codec;

/**
 * What an image's header says about it, read without decoding a pixel.
 *
 * @param width stored width (before EXIF orientation); the logical screen for GIF
 * @param height stored height
 * @param orientation EXIF orientation 1-8; absent or invalid values read as 1
 * @param frameCount frames (GIF/APNG/WebP animation) or pages (TIFF); at least 1
 * @param largestFramePixels the biggest single frame rectangle, which can exceed the canvas in
 *     a hostile GIF; equals {@code width * height} for single images
 * @param bitDepth bits per sample (per palette index for palette images)
 */
public record ImageInfo(ImageFormat format, int width, int height, int orientation, boolean hasAlpha,
        int frameCount, long largestFramePixels, int bitDepth, ColourModel colourModel, boolean animated,
        MetadataSummary metadata) {

    public ImageInfo {
        if (orientation < 1 || orientation > 8) orientation = 1;
        frameCount = Math.max(1, frameCount);
        largestFramePixels = Math.max(largestFramePixels, (long) width * height);
    }

    /** Pixels of one canvas. */
    public long pixels() {
        return (long) width * height;
    }

    /** Pixels over all frames, the figure imgproxy caps for animations. */
    public long pixelsOverFrames() {
        return pixels() * frameCount;
    }

    ImageInfo withOrientation(int value) {
        return new ImageInfo(format, width, height, value, hasAlpha, frameCount, largestFramePixels, bitDepth,
                colourModel, animated, metadata);
    }

    ImageInfo withMetadata(MetadataSummary value) {
        return new ImageInfo(format, width, height, orientation, hasAlpha, frameCount, largestFramePixels,
                bitDepth, colourModel, animated, value);
    }

    static ImageInfo still(ImageFormat format, int width, int height, boolean alpha, int depth, ColourModel model) {
        return new ImageInfo(format, width, height, 1, alpha, 1, 0, depth, model, false, MetadataSummary.NONE);
    }
}
