package io.mediadesk.library.store.mongo;

/** The collections of the MongoDB catalog, named once. */
final class CollectionNames {
    static final String META = "meta";
    static final String ASSETS = "assets";
    static final String FOLDERS = "folders";
    static final String FIELDS = "fields";
    static final String SIMILAR = "similar";
    static final String AUDIT = "audit";
    static final String PRESETS = "presets";
    static final String SAVED_SEARCHES = "savedSearches";
    static final String FOLDER_MOVES = "folderMoves";
    /** Schema 6: the sync's base, version hashes and journal ({@link MongoSyncLedger}); its lease and counter live in meta. */
    static final String SYNC_BASE = "syncBase";
    static final String SYNC_VERSIONS = "syncVersions";
    static final String SYNC_JOURNAL = "syncJournal";

    private CollectionNames() {
    }
}
