package io.mediadesk.library.store.mongo;

import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import io.mediadesk.library.asset.Folder;
import io.mediadesk.library.asset.FolderPath;
import io.mediadesk.library.query.CodePoints;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;

/**
 * The folder tree in {@code folders}: one document per folder keyed by its path, with its parent
 * and creation time. Folders are created on demand by upserts that only set fields on insert, so
 * two writers creating the same folder both succeed and the first one's time stays.
 */
final class FolderDocuments {
    /** Schema 4: set on a deleted folder kept (hidden) because trashed assets still name it. */
    static final String DELETED = "deleted";

    private final MongoCollection<Document> folders;

    FolderDocuments(MongoDatabase db) {
        this.folders = db.getCollection(CollectionNames.FOLDERS);
    }

    /** The root, which always exists (created at the epoch, as in SQLite). */
    static void createRoot(MongoDatabase db) {
        new FolderDocuments(db).ensure(FolderPath.root(), Instant.EPOCH);
    }

    /**
     * Creates each folder and every missing parent, in the order given; a folder first met in a
     * batch gets the time it was first used, as with SQLite's INSERT OR IGNORE.
     */
    void ensureAll(Map<FolderPath, Instant> firstUse) {
        Map<FolderPath, Instant> all = new LinkedHashMap<>();
        firstUse.forEach((f, at) -> {
            for (FolderPath p : f.lineage()) if (!p.isRoot()) all.putIfAbsent(p, at);
        });
        all.forEach(this::ensure);
    }

    void ensure(FolderPath p, Instant at) {
        ensure(p, at, false);
    }

    /** Creates the folder if missing ({@code deleted} as given), or shows a deleted one again when {@code deleted} is false. */
    void ensure(FolderPath p, Instant at, boolean deleted) {
        try {
            folders.updateOne(Filters.eq("_id", p.value()), Updates.combine(
                    Updates.setOnInsert("parent", p.isRoot() ? null : p.parent().value()),
                    Updates.setOnInsert("createdAt", MetaValues.date(at)),
                    deleted ? Updates.setOnInsert(DELETED, true) : Updates.unset(DELETED)), new UpdateOptions().upsert(true));
        } catch (MongoException e) {
            // Another writer inserted the same folder between our match and insert: it exists, as wanted.
            if (!MongoErrors.duplicateKey(e)) throw e;
        }
    }

    /** Empty when there is no such folder; otherwise whether it is deleted (hidden). */
    java.util.Optional<Boolean> state(FolderPath p) {
        Document d = folders.find(Filters.eq("_id", p.value())).first();
        return d == null ? java.util.Optional.empty() : java.util.Optional.of(d.getBoolean(DELETED, false));
    }

    /** The folder and every folder below it, as documents, parents first. */
    List<Document> subtree(FolderPath p) {
        List<Document> out = new ArrayList<>();
        folders.find(FilterCompiler.prefix("_id", p.value())).forEach(out::add);
        out.sort(Comparator.comparing((Document d) -> d.getString("_id"), CodePoints::compare));
        return out;
    }

    MongoCollection<Document> collection() {
        return folders;
    }

    /** Every folder, parents before children (code point order of the paths, as SQLite's BINARY). */
    List<Folder> all() {
        List<Folder> out = new ArrayList<>();
        folders.find(Filters.ne(DELETED, true)).forEach(d -> out.add(new Folder(new FolderPath(d.getString("_id")), d.get("createdAt", Date.class).toInstant())));
        out.sort(Comparator.comparing((Folder f) -> f.path().value(), CodePoints::compare));
        return out;
    }
}
