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

    private CollectionNames() {
    }
}
