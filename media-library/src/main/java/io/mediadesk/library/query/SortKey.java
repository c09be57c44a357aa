package io.mediadesk.library.query;

import java.util.Arrays;
import java.util.Locale;

/**
 * The service's sort keys (spec 3.1), default {@link #ASC_CREATED}. Ties are broken by asset id in
 * the same direction, so a sort is a total order and pages never overlap or skip an asset.
 * Relevance sorting is not offered yet.
 */
public enum SortKey {
    ASC_CREATED, DESC_CREATED, ASC_UPDATED, DESC_UPDATED, ASC_NAME, DESC_NAME, ASC_SIZE, DESC_SIZE,
    ASC_WIDTH, DESC_WIDTH, ASC_HEIGHT, DESC_HEIGHT;

    /** What is sorted on. */
    public enum Column { CREATED, UPDATED, NAME, SIZE, WIDTH, HEIGHT }

    public boolean descending() {
        return name().startsWith("DESC_");
    }

    public Column column() {
        return Column.valueOf(name().substring(name().indexOf('_') + 1));
    }

    /** Reads a key as the service spells it; the message lists the keys on a typo. */
    public static SortKey parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown sort key \"" + text + "\"; use one of " + Arrays.toString(values()), e);
        }
    }
}
