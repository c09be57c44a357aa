package io.mediadesk.library.store.mongo;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import org.bson.Document;

/**
 * Every index of the MongoDB catalog, declared in one place. Creating an existing index is a
 * no-op, so this runs at every migration. Unique indexes carry rules (one asset per folder and
 * name, trash included; one preset per name); the others are for speed on a real server: mongo-java-server accepts
 * and ignores non-unique indexes, so tests over it prove behaviour, never index use.
 * Sorts end with {@code _id}, so each sortable column is indexed together with it.
 */
final class Indexes {
    private Indexes() {
    }

    static void declare(MongoDatabase db) {
        var assets = db.getCollection(CollectionNames.ASSETS);
        assets.createIndex(new Document("folder", 1).append("name", 1), new IndexOptions().unique(true).name("folder_name"));
        assets.createIndex(new Document("contentHash", 1), new IndexOptions().name("content_hash"));
        assets.createIndex(new Document("createdAt", 1), new IndexOptions().name("created_at"));
        for (String column : new String[] {"createdAt", "updatedAt", "name", "size", "width", "height"}) {
            assets.createIndex(new Document("trashed", 1).append(column, 1).append("_id", 1),
                    new IndexOptions().name("trashed_" + column + "_id"));
        }
        assets.createIndex(new Document("tags", 1), new IndexOptions().name("tags"));
        assets.createIndex(new Document("format", 1), new IndexOptions().name("format"));
        assets.createIndex(new Document("remoteId", 1), new IndexOptions().name("remote_id").sparse(true));
        db.getCollection(CollectionNames.SIMILAR).createIndex(new Document("other", 1), new IndexOptions().name("other"));
        db.getCollection(CollectionNames.SIMILAR).createIndex(new Document("asset", 1), new IndexOptions().name("asset"));
        db.getCollection(CollectionNames.AUDIT).createIndex(new Document("assetId", 1).append("_id", -1),
                new IndexOptions().name("asset_id_seq"));
        db.getCollection(CollectionNames.FIELDS).createIndex(new Document("label", 1), new IndexOptions().name("label"));
        // Schema v4: local ratings and colour labels, filtered and (later) sorted like the other columns.
        for (String column : new String[] {"rating", "label"}) {
            assets.createIndex(new Document("trashed", 1).append(column, 1).append("_id", 1),
                    new IndexOptions().name("trashed_" + column + "_id"));
        }
        db.getCollection(CollectionNames.FOLDER_MOVES).createIndex(new Document("at", 1), new IndexOptions().name("at"));
        // Schema v3: a preset's name is unique, trash included (its _id stays put across renames).
        var presets = db.getCollection(CollectionNames.PRESETS);
        presets.createIndex(new Document("name", 1), new IndexOptions().unique(true).name("name"));
        presets.createIndex(new Document("deleted", 1).append("name", 1), new IndexOptions().name("deleted_name"));
        // Schema v6: the sync ledger. A remote file pairs with one local item (unique, as in SQLite's sync_base);
        // the journal's open steps are read in sequence order at every run, and older runs' steps dropped by run.
        db.getCollection(CollectionNames.SYNC_BASE).createIndex(new Document("remoteId", 1),
                new IndexOptions().unique(true).name("remote_id"));
        db.getCollection(CollectionNames.SYNC_JOURNAL).createIndex(new Document("state", 1).append("_id", 1),
                new IndexOptions().name("state_seq"));
        db.getCollection(CollectionNames.SYNC_JOURNAL).createIndex(new Document("run", 1), new IndexOptions().name("run"));
    }
}
