package io.mediadesk.engine.plan;

import java.util.Locale;
import java.util.Optional;

/**
 * The nine {@code fo} positions as a placement of a smaller box inside a larger one, per axis:
 * start (0), centre ({@code floor((outer - inner) / 2)}) or end ({@code outer - inner}). One table
 * serves both uses: a crop region inside the image, and the image inside a padded canvas (where
 * {@code fo-left} puts the image at x 0, so all padding lands on the right).
 */
enum Gravity {
    CENTER(1, 1), TOP(1, 0), BOTTOM(1, 2), LEFT(0, 1), RIGHT(2, 1),
    TOP_LEFT(0, 0), TOP_RIGHT(2, 0), BOTTOM_LEFT(0, 2), BOTTOM_RIGHT(2, 2);

    private final int horizontal;
    private final int vertical;

    Gravity(int horizontal, int vertical) {
        this.horizontal = horizontal;
        this.vertical = vertical;
    }

    /** The position named by an {@code fo} word, if it is one of the nine. */
    static Optional<Gravity> find(String word) {
        for (Gravity g : values()) {
            if (g.word().equals(word)) {
                return Optional.of(g);
            }
        }
        return Optional.empty();
    }

    String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Left edge of {@code inner} placed inside {@code outer} (both widths). */
    int x(int inner, int outer) {
        return place(horizontal, inner, outer);
    }

    /** Top edge of {@code inner} placed inside {@code outer} (both heights). */
    int y(int inner, int outer) {
        return place(vertical, inner, outer);
    }

    private static int place(int where, int inner, int outer) {
        return switch (where) {
            case 0 -> 0;
            case 1 -> Math.floorDiv(outer - inner, 2);
            default -> outer - inner;
        };
    }
}
