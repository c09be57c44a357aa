package io.mediadesk.library.store.sqlite;

import java.util.List;

/**
 * Schema version 5: asset versions. A row per stored version of an asset's content (see
 * {@link io.mediadesk.library.asset.AssetVersion}); the newest row is the content the asset row
 * holds. Rows are written from an asset's first replace on, so migrating a version 4 catalog adds
 * no row: each existing asset keeps its one implicit version 1. Each stored version keeps its
 * embedded metadata in {@code asset_version_value}. The index on the content hash
 * answers "does any version still use this original".
 */
final class V5 {
    private V5() {
    }

    static final List<String> STATEMENTS = List.of(
            """
            CREATE TABLE asset_version (
                asset        INTEGER NOT NULL REFERENCES asset (seq) ON DELETE CASCADE,
                number       INTEGER NOT NULL CHECK (number >= 1),
                content_hash TEXT NOT NULL,
                size         INTEGER NOT NULL,
                width        INTEGER NOT NULL,
                height       INTEGER NOT NULL,
                format       TEXT NOT NULL,
                has_alpha    INTEGER NOT NULL,
                orientation  INTEGER NOT NULL,
                phash        INTEGER,
                created_at   INTEGER NOT NULL,
                actor        TEXT,
                PRIMARY KEY (asset, number)
            ) WITHOUT ROWID""",
            "CREATE INDEX asset_version_hash ON asset_version (content_hash)",
            // The embedded metadata each version's file said, shaped like asset_value (ValueRows writes
            // both; its "source" parameter carries the version number here), so a restore brings it back.
            """
            CREATE TABLE asset_version_value (
                asset    INTEGER NOT NULL,
                number   INTEGER NOT NULL,
                field    TEXT NOT NULL,
                position INTEGER NOT NULL,
                list     INTEGER NOT NULL,
                kind     TEXT NOT NULL CHECK (kind IN ('text', 'number', 'boolean', 'date')),
                text     TEXT,
                num      NUMERIC,
                PRIMARY KEY (asset, number, field, position),
                FOREIGN KEY (asset, number) REFERENCES asset_version (asset, number) ON DELETE CASCADE
            ) WITHOUT ROWID""");
}
