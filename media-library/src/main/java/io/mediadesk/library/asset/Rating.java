package io.mediadesk.library.asset;

import io.mediadesk.library.InvalidValueException;

/** The star rating rule: 0 (unrated) to 5, local to the library like {@link ColourLabel}. */
public final class Rating {
    public static final int MAX = 5;

    private Rating() {
    }

    /** Returns {@code stars} when it is 0 to 5; otherwise an error naming the rule. */
    public static int check(int stars) {
        if (stars < 0 || stars > MAX) {
            throw new InvalidValueException("rating", "range", "a rating is 0 to " + MAX + " stars, not " + stars);
        }
        return stars;
    }
}
