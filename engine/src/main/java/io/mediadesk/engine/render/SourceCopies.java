package io.mediadesk.engine.render;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * The preview's source at the sizes it asks for: the last decoded source normalised (and turned
 * upright, when the plan starts by orienting it) once, the halvings of it made when first needed,
 * and the last copy asked for. A preview asks for the same copy on every keystroke that keeps the
 * output's size, and for a similar one otherwise: from the nearest halving it is a resize of at
 * most 2x, instead of one from the full 12 MP. A region (a crop the plan starts with) is cut from
 * the full-size image, where its edges fall on whole pixels, and only then made small, so the
 * preview shows the same region as the real render, not one moved by rounding on a small copy.
 * Entries belong to one decoded image (by identity: the decoder's {@code RecentDecodes} hands out
 * the same image while the file is unchanged) and orientation; another one replaces them. Sharing
 * is safe because stages never mutate their input.
 */
final class SourceCopies {
    private BufferedImage decoded;
    private int exif;
    private final List<BufferedImage> halvings = new ArrayList<>();
    private BufferedImage last;
    private BufferedImage lastRegion;
    private int[] lastRegionKey;

    /** {@code decoded}, normalised ({@link Normalize}) and turned by EXIF orientation {@code exif} (1: as stored), full size. */
    synchronized BufferedImage full(BufferedImage decoded, int exif) {
        if (decoded != this.decoded || exif != this.exif) {
            this.decoded = decoded;
            this.exif = exif;
            halvings.clear();
            last = null;
            lastRegion = null;
            lastRegionKey = null;
            BufferedImage normal = Normalize.INSTANCE.apply(decoded);
            halvings.add(exif == 1 ? normal : Orientation.fromExif(exif).apply(normal));
        }
        return halvings.get(0);
    }

    /** {@link #full}, resized to exactly {@code width x height} (no larger than it). */
    synchronized BufferedImage copy(BufferedImage decoded, int exif, int width, int height, int parallelism) {
        BufferedImage level = level(decoded, exif, width, height, parallelism);
        if (level.getWidth() == width && level.getHeight() == height) {
            return level;
        }
        if (last != null && last.getWidth() == width && last.getHeight() == height) {
            return last;
        }
        last = Resize.to(width, height).withParallelism(parallelism).apply(level);
        return last;
    }

    /**
     * The region {@code x,y w x h} of {@link #full} at exactly {@code width x height}: cut where
     * its edges fall, to a fraction of a pixel, out of the smallest halving that is at least that
     * big (a window resample, {@link Resampler#resampleWindow}), so the region is the real one and
     * the cost that of a preview-sized resize, not one of the full-size region.
     */
    synchronized BufferedImage region(BufferedImage decoded, int exif, int x, int y, int w, int h, int width, int height,
            int parallelism) {
        BufferedImage full = full(decoded, exif);
        int[] key = {x, y, w, h, width, height};
        if (lastRegion != null && java.util.Arrays.equals(key, lastRegionKey)) {
            return lastRegion;
        }
        if (w == width && h == height) {
            lastRegion = Crop.of(x, y, w, h).apply(full); // full size: whole pixels
        } else {
            int needW = (int) Math.ceil((double) full.getWidth() * width / w);
            int needH = (int) Math.ceil((double) full.getHeight() * height / h);
            BufferedImage level = level(decoded, exif, needW, needH, parallelism);
            double fx = (double) level.getWidth() / full.getWidth();
            double fy = (double) level.getHeight() / full.getHeight();
            double lx = x * fx;
            double ly = y * fy;
            double lw = w * fx;
            double lh = h * fy;
            // a margin for the kernel's reach, so only the real image's edges are clamped
            int mx = (int) Math.ceil(Kernel.LANCZOS3.support() * Math.max(1, lw / width)) + 1;
            int my = (int) Math.ceil(Kernel.LANCZOS3.support() * Math.max(1, lh / height)) + 1;
            int x0 = Math.max(0, (int) Math.floor(lx) - mx);
            int y0 = Math.max(0, (int) Math.floor(ly) - my);
            int x1 = Math.min(level.getWidth(), (int) Math.ceil(lx + lw) + mx);
            int y1 = Math.min(level.getHeight(), (int) Math.ceil(ly + lh) + my);
            BufferedImage around = Crop.of(x0, y0, x1 - x0, y1 - y0).apply(level);
            lastRegion = new Resampler(Kernel.LANCZOS3, 0, parallelism).resampleWindow(around, lx - x0, ly - y0, lw, lh,
                    width, height);
        }
        lastRegionKey = key;
        return lastRegion;
    }

    /** The smallest of {@link #full} and its halvings that is at least {@code width x height}. */
    private BufferedImage level(BufferedImage decoded, int exif, int width, int height, int parallelism) {
        BufferedImage level = full(decoded, exif);
        for (int i = 1; ; i++) {
            int w = (level.getWidth() + 1) / 2;
            int h = (level.getHeight() + 1) / 2;
            if (w < width || h < height) {
                return level;
            }
            if (i == halvings.size()) {
                halvings.add(Resize.to(w, h).withParallelism(parallelism).apply(level));
            }
            level = halvings.get(i);
        }
    }
}
