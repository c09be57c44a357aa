package io.mediadesk.library.store;

/**
 * An open catalog store: what it is, its schema version, and its records through
 * {@link #assets()}. The embedded SQLite adapter is the default; the MongoDB adapter serves a
 * team's shared catalog. Both pass the same contract tests.
 */
public interface Catalog extends AutoCloseable {

    /** What holds the records, for people: "SQLite catalog.db", "MongoDB host:port/db". */
    String description();

    /** The schema version the store is at after migrations ran. */
    int schemaVersion();

    long countAssets();

    /** The records. */
    AssetRepository assets();

    @Override
    void close();
}
