package io.mediadesk.library.store.sqlite;

import java.util.List;

/**
 * Schema version 2: the sync's records. {@code sync_base} pairs an asset with a service file and
 * holds what both agreed on; it does not reference {@code asset}, because a pairing outlives the
 * asset's row (an asset gone from the library while the service changed it is downloaded again
 * under the same id). {@code sync_version} is our record of which content each service version
 * holds. {@code sync_journal} is written before and after every step; {@code sync_lease} is the
 * one-row lock with an expiry that a crashed run cannot hold for ever.
 */
final class V2 {
    private V2() {
    }

    static final List<String> STATEMENTS = List.of("""
            CREATE TABLE sync_base (
                local_id       TEXT PRIMARY KEY,
                remote_id      TEXT NOT NULL UNIQUE,
                path           TEXT NOT NULL,
                content_hash   TEXT NOT NULL,
                version_id     TEXT NOT NULL,
                size           INTEGER NOT NULL,
                remote_updated INTEGER,
                tags           TEXT NOT NULL,
                metadata       TEXT NOT NULL,
                coordinates    TEXT
            ) WITHOUT ROWID""",
            """
            CREATE TABLE sync_version (
                remote_id    TEXT NOT NULL,
                version_id   TEXT NOT NULL,
                content_hash TEXT NOT NULL,
                PRIMARY KEY (remote_id, version_id)
            ) WITHOUT ROWID""",
            """
            CREATE TABLE sync_journal (
                seq          INTEGER PRIMARY KEY AUTOINCREMENT,
                run          TEXT NOT NULL,
                action       TEXT NOT NULL,
                local_id     TEXT,
                remote_id    TEXT,
                path         TEXT,
                content_hash TEXT,
                size         INTEGER NOT NULL,
                state        TEXT NOT NULL,
                detail       TEXT,
                at           INTEGER NOT NULL
            )""",
            "CREATE INDEX sync_journal_state ON sync_journal (state, seq)",
            """
            CREATE TABLE sync_lease (
                name       TEXT PRIMARY KEY,
                owner      TEXT NOT NULL,
                expires_at INTEGER NOT NULL
            ) WITHOUT ROWID""");
}
