package io.mediadesk.library.store.sqlite;

import java.util.List;

/**
 * Schema version 1. Times are epoch milliseconds (integers sort and compare exactly); text is
 * compared with SQLite's BINARY collation, which is code point order like the reference
 * evaluator. Every column a query filters or sorts on has an index, with the id last so a sort
 * with its tie-breaker reads straight off the index.
 */
final class V1 {
    private V1() {
    }

    static final List<String> STATEMENTS = List.of("""
            CREATE TABLE folder (
                path       TEXT PRIMARY KEY,
                parent     TEXT REFERENCES folder (path),
                created_at INTEGER NOT NULL,
                CHECK ((path = '/') = (parent IS NULL))
            ) WITHOUT ROWID""",
            "INSERT INTO folder (path, parent, created_at) VALUES ('/', NULL, 0)",
            "CREATE INDEX folder_parent ON folder (parent)",
            """
            CREATE TABLE asset (
                seq                INTEGER PRIMARY KEY,
                id                 TEXT NOT NULL UNIQUE,
                folder             TEXT NOT NULL REFERENCES folder (path),
                name               TEXT NOT NULL,
                name_words         TEXT NOT NULL,
                content_hash       TEXT NOT NULL,
                size               INTEGER NOT NULL CHECK (size >= 0),
                width              INTEGER NOT NULL,
                height             INTEGER NOT NULL,
                format             TEXT NOT NULL,
                has_alpha          INTEGER NOT NULL,
                orientation        INTEGER NOT NULL,
                phash              INTEGER,
                custom_coordinates TEXT,
                created_at         INTEGER NOT NULL,
                updated_at         INTEGER NOT NULL,
                trashed            INTEGER NOT NULL DEFAULT 0,
                remote_id          TEXT,
                sync_state         TEXT NOT NULL,
                UNIQUE (folder, name)
            )""",
            "CREATE INDEX asset_content_hash ON asset (content_hash)",
            "CREATE INDEX asset_created ON asset (created_at, id)",
            "CREATE INDEX asset_updated ON asset (updated_at, id)",
            "CREATE INDEX asset_name ON asset (name, id)",
            "CREATE INDEX asset_size ON asset (size, id)",
            "CREATE INDEX asset_width ON asset (width, id)",
            "CREATE INDEX asset_height ON asset (height, id)",
            "CREATE INDEX asset_folder_created ON asset (folder, created_at, id)",
            "CREATE INDEX asset_format ON asset (format)",
            "CREATE INDEX asset_remote_id ON asset (remote_id) WHERE remote_id IS NOT NULL",
            """
            CREATE TABLE asset_tag (
                asset INTEGER NOT NULL REFERENCES asset (seq) ON DELETE CASCADE,
                tag   TEXT NOT NULL,
                PRIMARY KEY (asset, tag)
            ) WITHOUT ROWID""",
            "CREATE INDEX asset_tag_by_tag ON asset_tag (tag, asset)",
            """
            CREATE TABLE custom_field (
                name        TEXT PRIMARY KEY,
                label       TEXT NOT NULL,
                type        TEXT NOT NULL,
                required    INTEGER NOT NULL,
                default_value TEXT,
                min_value   TEXT,
                max_value   TEXT,
                min_length  INTEGER,
                max_length  INTEGER,
                deleted     INTEGER NOT NULL DEFAULT 0
            ) WITHOUT ROWID""",
            """
            CREATE TABLE custom_field_option (
                field    TEXT NOT NULL REFERENCES custom_field (name) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                value    TEXT NOT NULL,
                PRIMARY KEY (field, position)
            ) WITHOUT ROWID""",
            """
            CREATE TABLE asset_value (
                asset    INTEGER NOT NULL REFERENCES asset (seq) ON DELETE CASCADE,
                source   TEXT NOT NULL CHECK (source IN ('custom', 'embedded')),
                field    TEXT NOT NULL,
                position INTEGER NOT NULL,
                list     INTEGER NOT NULL,
                kind     TEXT NOT NULL CHECK (kind IN ('text', 'number', 'boolean', 'date')),
                text     TEXT,
                num      NUMERIC,
                PRIMARY KEY (asset, source, field, position)
            ) WITHOUT ROWID""",
            "CREATE INDEX asset_value_text ON asset_value (source, field, text)",
            "CREATE INDEX asset_value_num ON asset_value (source, field, num)",
            """
            CREATE TABLE similar (
                asset    INTEGER NOT NULL REFERENCES asset (seq) ON DELETE CASCADE,
                other    INTEGER NOT NULL REFERENCES asset (seq) ON DELETE CASCADE,
                distance INTEGER NOT NULL,
                PRIMARY KEY (asset, other)
            ) WITHOUT ROWID""",
            "CREATE INDEX similar_other ON similar (other)",
            """
            CREATE TABLE audit (
                seq      INTEGER PRIMARY KEY AUTOINCREMENT,
                at       INTEGER NOT NULL,
                actor    TEXT NOT NULL,
                action   TEXT NOT NULL,
                asset_id TEXT,
                detail   TEXT NOT NULL
            )""",
            "CREATE INDEX audit_asset ON audit (asset_id, seq)");
}
