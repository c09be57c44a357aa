package io.mediadesk.library.store.sqlite;

import java.util.List;

/**
 * Schema version 3: named presets with their history, and saved searches. A preset has a surrogate
 * {@code id} so a rename keeps its history ({@code preset_version} references the id, not the name);
 * {@code name} is unique across the trash too (a deleted preset keeps its name for a restore). A
 * version row holds the whole content after the change, so any two can be diffed and any one rolled
 * back to without replaying. {@code version} on both tables is the optimistic-concurrency token.
 */
final class V3 {
    private V3() {
    }

    static final List<String> STATEMENTS = List.of("""
            CREATE TABLE preset (
                id             INTEGER PRIMARY KEY AUTOINCREMENT,
                name           TEXT NOT NULL UNIQUE,
                transformation TEXT NOT NULL,
                description    TEXT NOT NULL DEFAULT '',
                version        INTEGER NOT NULL CHECK (version >= 1),
                deleted        INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
                created_at     INTEGER NOT NULL,
                updated_at     INTEGER NOT NULL
            )""",
            "CREATE INDEX preset_deleted_name ON preset (deleted, name)",
            """
            CREATE TABLE preset_version (
                preset_id      INTEGER NOT NULL REFERENCES preset (id) ON DELETE CASCADE,
                number         INTEGER NOT NULL CHECK (number >= 1),
                name           TEXT NOT NULL,
                transformation TEXT NOT NULL,
                description    TEXT NOT NULL,
                at             INTEGER NOT NULL,
                actor          TEXT NOT NULL,
                change         TEXT NOT NULL,
                PRIMARY KEY (preset_id, number)
            ) WITHOUT ROWID""",
            """
            CREATE TABLE saved_search (
                name       TEXT PRIMARY KEY,
                query      TEXT NOT NULL,
                sort       TEXT NOT NULL,
                version    INTEGER NOT NULL CHECK (version >= 1),
                created_at INTEGER NOT NULL,
                updated_at INTEGER NOT NULL
            ) WITHOUT ROWID""");
}
