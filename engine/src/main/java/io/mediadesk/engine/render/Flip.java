package io.mediadesk.engine.render;

import java.awt.image.BufferedImage;

/** ImageKit {@code fl}: mirror the image; {@code fl-h_v} and {@code fl-v_h} are both {@link #BOTH}. */
public enum Flip implements Stage {
    HORIZONTAL(Orientation.FLIP_HORIZONTAL),
    VERTICAL(Orientation.FLIP_VERTICAL),
    /** Both mirrors together equal a half turn. */
    BOTH(Orientation.ROTATE_180);

    private final Orientation shuffle;

    Flip(Orientation shuffle) {
        this.shuffle = shuffle;
    }

    @Override
    public BufferedImage apply(BufferedImage in) {
        return shuffle.apply(in);
    }
}
