package io.mediadesk.library.store.mongo;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import org.bson.Document;

/** Every index of the MongoDB catalog, declared in one place. Creating an existing index is a no-op. */
final class Indexes {
    private Indexes() {
    }

    static void declare(MongoDatabase db) {
        var assets = db.getCollection("assets");
        assets.createIndex(new Document("folder", 1).append("name", 1), new IndexOptions().unique(true).name("folder_name"));
        assets.createIndex(new Document("contentHash", 1), new IndexOptions().name("content_hash"));
        assets.createIndex(new Document("createdAt", 1), new IndexOptions().name("created_at"));
    }
}
