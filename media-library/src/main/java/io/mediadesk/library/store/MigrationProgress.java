package io.mediadesk.library.store;

import java.util.Locale;

/**
 * Where a schema upgrade is: the version being applied, what it adds or the part of it under way (for people), and
 * {@code done} of {@code total} {@code unit}s of that step ("assets" for a version that rewrites every asset's
 * rows, "steps" for one made of a few statements).
 */
public record MigrationProgress(int schema, String step, long done, long total, String unit) {

    public MigrationProgress {
        if (done < 0 || total < 0 || done > total) {
            throw new IllegalArgumentException("progress " + done + " of " + total);
        }
    }

    public boolean finished() {
        return done == total;
    }

    /** The fraction done, 0 to 1 (1 for a version with nothing to do). */
    public double fraction() {
        return total == 0 ? 1.0 : (double) done / total;
    }

    /** {@code upgrading the catalog to schema 6 (tag sort keys and search words): 120,000 of 500,000 assets}. */
    public String line() {
        return String.format(Locale.ROOT, "upgrading the catalog to schema %d (%s): %,d of %,d %s", schema, step, done, total, unit);
    }
}
