package io.mediadesk.sync.plan;

import java.util.Locale;

/**
 * How a person settles one conflict. {@link #KEEP_BOTH} is what the planner does when nobody
 * chose: content changed on both sides keeps both (the service's as a conflict copy), an edit
 * beats a delete, and a field or a move changed differently on both sides keeps the library's
 * value with the service's written into the plan. {@link #KEEP_LIBRARY} and {@link #KEEP_SERVICE}
 * let one side win what collided; whatever changed on one side only still merges as always.
 */
public enum Resolution {
    KEEP_BOTH("both"), KEEP_LIBRARY("library"), KEEP_SERVICE("service");

    private final String word;

    Resolution(String word) {
        this.word = word;
    }

    /** {@code both}, {@code library} or {@code service}: the CLI's and the scenario files' word. */
    public String word() {
        return word;
    }

    public static Resolution of(String word) {
        for (Resolution r : values()) {
            if (r.word.equals(word.toLowerCase(Locale.ROOT))) return r;
        }
        throw new IllegalArgumentException("not a resolution: " + word + " (library, service or both)");
    }
}
