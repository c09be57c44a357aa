package io.mediadesk.engine.render;

import java.awt.image.BufferedImage;

/**
 * One step of the render pipeline. Implementations take a {@code TYPE_INT_RGB} or
 * {@code TYPE_INT_ARGB} image and return a new image of one of those types; they never mutate
 * their input, so a caller may keep using it (e.g. to render a second variant from it).
 */
@FunctionalInterface
public interface Stage {

    BufferedImage apply(BufferedImage in);

    /** This stage followed by {@code next}; the intermediate image is not kept. */
    default Stage then(Stage next) {
        return in -> next.apply(apply(in));
    }
}
