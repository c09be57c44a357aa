package io.mediadesk.library.store.sqlite;

import java.util.List;

/**
 * Schema version 4: star ratings (0-5) and colour labels on assets, local to the library (the
 * service has no such fields). Existing assets become unrated and unlabelled. Both are indexed with
 * the id last, like every other filtered column, so {@code rating >= 4} and {@code label = "red"}
 * (and a later sort on them) read off an index. Folders gain a {@code deleted} flag for folder deletion.
 */
final class V4 {
    private V4() {
    }

    static final List<String> STATEMENTS = List.of(
            "ALTER TABLE asset ADD COLUMN rating INTEGER NOT NULL DEFAULT 0 CHECK (rating BETWEEN 0 AND 5)",
            "ALTER TABLE asset ADD COLUMN label TEXT NOT NULL DEFAULT 'none' "
                    + "CHECK (label IN ('none', 'red', 'orange', 'yellow', 'green', 'blue', 'purple'))",
            "CREATE INDEX asset_rating ON asset (rating, id)",
            "CREATE INDEX asset_label ON asset (label, id)",
            // A deleted folder whose assets wait in the trash stays as a hidden row (their folder column
            // references it); a restore brings it back.
            "ALTER TABLE folder ADD COLUMN deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))");
}
