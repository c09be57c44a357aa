package io.mediadesk.engine.render;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * The preview's source at the sizes it asks for: the last decoded source normalised once, the
 * halvings of it made when first needed, and the last copy asked for. A preview asks for the same
 * copy on every keystroke that keeps the output's size, and for a similar one otherwise: from the
 * nearest halving it is a resize of at most 2x, instead of one from the full 12 MP. Entries
 * belong to one decoded image (by identity: the decoder's {@code RecentDecodes} hands out the
 * same image while the file is unchanged); another one replaces them. Sharing is safe because
 * stages never mutate their input.
 */
final class SourceCopies {
    private BufferedImage decoded;
    private final List<BufferedImage> halvings = new ArrayList<>();
    private BufferedImage last;

    /** {@code decoded}, normalised ({@link Normalize}), full size. */
    synchronized BufferedImage full(BufferedImage decoded) {
        if (decoded != this.decoded) {
            this.decoded = decoded;
            halvings.clear();
            last = null;
            halvings.add(Normalize.INSTANCE.apply(decoded));
        }
        return halvings.get(0);
    }

    /** {@code decoded}, normalised and resized to exactly {@code width x height} (no larger than it). */
    synchronized BufferedImage copy(BufferedImage decoded, int width, int height, int parallelism) {
        BufferedImage level = full(decoded);
        if (level.getWidth() == width && level.getHeight() == height) {
            return level;
        }
        if (last != null && last.getWidth() == width && last.getHeight() == height) {
            return last;
        }
        for (int i = 1; ; i++) {
            int w = (level.getWidth() + 1) / 2;
            int h = (level.getHeight() + 1) / 2;
            if (w < width || h < height || w < 1 || h < 1) {
                break;
            }
            if (i == halvings.size()) {
                halvings.add(Resize.to(w, h).withParallelism(parallelism).apply(level));
            }
            level = halvings.get(i);
        }
        last = level.getWidth() == width && level.getHeight() == height ? level
                : Resize.to(width, height).withParallelism(parallelism).apply(level);
        return last;
    }
}
