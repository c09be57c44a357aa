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
        double reduction = reduction(width, height, targetWidth, targetHeight);
        if (reduction < MIN_REDUCTION) return 1;
        int byWidth = targetWidth > 0 ? width / (2 * targetWidth) : Integer.MAX_VALUE;
        int byHeight = targetHeight > 0 ? height / (2 * targetHeight) : Integer.MAX_VALUE;
        return Math.max(1, Math.min(byWidth, byHeight));
    }

    /**
     * The DCT-domain scale ({@link ScaledJpeg}): the largest of 1/2, 1/4 and 1/8 that keeps the
     * decoded image at least {@link #DCT_MARGIN} times the target on every constrained side, 1
     * when none does. DCT scaling is a box average, not point sampling, so it needs less margin
     * than {@link #factor}; the margin leaves the Lanczos3 resize that follows enough reduction to
     * hide the box filter's softness. Measured on the six BENCH photos against a full-decode
     * Lanczos3 reference (docs/BENCHMARKS.md): margin 1 costs 0.004 SSIM on the 1200 px job (0.022
     * on the q100 Elephants), margin 2 makes the 400 px job 2-3x slower for +0.003; 1.5 keeps
     * libvips' quality on both jobs.
     */
    static int dctScale(ImageInfo info, DecodeOptions options) {
        if (info.format() != ImageFormat.JPEG) return 1;
        boolean swapped = info.orientation() >= 5;
        int width = swapped ? info.height() : info.width();
        int height = swapped ? info.width() : info.height();
        return dctScale(width, height, options.targetWidth(), options.targetHeight());
    }

    /** 1.5; the bench may try others with {@code -Dmediadesk.jpeg.dctMargin=M} (M >= 1). */
    static final double DCT_MARGIN = Math.max(1, Double.parseDouble(System.getProperty("mediadesk.jpeg.dctMargin", "1.5")));

    static int dctScale(int width, int height, int targetWidth, int targetHeight) {
        if (targetWidth == 0 && targetHeight == 0) return 1;
        double reduction = reduction(width, height, targetWidth, targetHeight);
        int scale = 1;
        while (scale < 8 && reduction >= 2 * scale * DCT_MARGIN) scale *= 2;
        return scale;
    }

    private static double reduction(int width, int height, int targetWidth, int targetHeight) {
        return Math.min(targetWidth > 0 ? (double) width / targetWidth : Double.MAX_VALUE,
                targetHeight > 0 ? (double) height / targetHeight : Double.MAX_VALUE);
    }
}
