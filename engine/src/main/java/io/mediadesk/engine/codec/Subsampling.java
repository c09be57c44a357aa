package io.mediadesk.engine.codec;

/**
 * The reduced-size decoding rule. When the caller will shrink a JPEG by 4x or more, the reader
 * skips rows and columns by the largest integer {@code s} that keeps the decoded image at least
 * twice the target on every constrained side: {@code s = min(floor(side / (2 * target)))}. The
 * 2x margin leaves the later high-quality resize enough samples to average, so the aliasing of
 * plain subsampling does not show in a thumbnail. Other formats decode at full size (their readers
 * would still inflate every row).
 */
final class Subsampling {
    static final int MIN_REDUCTION = 4;

    private Subsampling() {
    }

    static int factor(ImageInfo info, DecodeOptions options) {
        if (info.format() != ImageFormat.JPEG) return 1;
        boolean swapped = info.orientation() >= 5;
        int width = swapped ? info.height() : info.width();
        int height = swapped ? info.width() : info.height();
        return factor(width, height, options.targetWidth(), options.targetHeight());
    }

    /** Sizes are in display orientation; a target side of 0 leaves that side unconstrained. */
    static int factor(int width, int height, int targetWidth, int targetHeight) {
        if (targetWidth == 0 && targetHeight == 0) return 1;
        double reduction = Math.min(targetWidth > 0 ? (double) width / targetWidth : Double.MAX_VALUE,
                targetHeight > 0 ? (double) height / targetHeight : Double.MAX_VALUE);
        if (reduction < MIN_REDUCTION) return 1;
        int byWidth = targetWidth > 0 ? width / (2 * targetWidth) : Integer.MAX_VALUE;
        int byHeight = targetHeight > 0 ? height / (2 * targetHeight) : Integer.MAX_VALUE;
        return Math.max(1, Math.min(byWidth, byHeight));
    }
}
