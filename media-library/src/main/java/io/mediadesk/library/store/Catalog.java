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

    /**
     * The sync's base, journal and lease. A default that refuses, so a store that does not keep them
     * yet still compiles and says so instead of syncing without a base.
     */
    default SyncLedger syncLedger() {
        throw new io.mediadesk.library.LibraryException(description() + " does not keep sync records yet; use the embedded catalog to sync");
    }

    /**
     * Named presets and their history. A default that refuses, like {@link #syncLedger()}, so a store
     * that does not keep them yet still compiles and says so.
     */
    default PresetStore presets() {
        throw new io.mediadesk.library.LibraryException(description() + " does not keep presets yet; use the embedded catalog");
    }

    /** Saved searches (smart collections); refuses like {@link #presets()} in a store that lacks them. */
    default SavedSearchStore savedSearches() {
        throw new io.mediadesk.library.LibraryException(description() + " does not keep saved searches yet; use the embedded catalog");
    }

    /**
     * The originals of this catalog's assets, given the library folder's store: that store itself for
     * a catalog on one machine; a team catalog keeps them where every member reads them and uses the
     * folder as its cache.
     *
     * @param localWhere the folder's place for people, for a missing original's error
     */
    default Originals originals(Originals local, String localWhere) {
        return local;
    }

    @Override
    void close();
}
