package io.mediadesk.library.store.mongo;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import io.mediadesk.library.LibraryException;
import io.mediadesk.library.asset.Asset;
import io.mediadesk.library.asset.AssetId;
import io.mediadesk.library.asset.FolderPath;
import io.mediadesk.library.store.PathTakenException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;

/**
 * New assets. The unique {@code (folder, name)} index is the final word on name clashes (even
 * between two team members importing at once); the look-up before it only gives the clear message
 * early and keeps a clashing add from creating its folders. A batch has no transaction to hide
 * in, so it is checked whole first (clashes inside it and with the catalog), written in chunks,
 * and if a write still fails the assets it did write are deleted again before the error is raised.
 */
final class AssetInserts {
    private static final int CHUNK = 1000;

    private final MongoCollection<Document> assets;
    private final FolderDocuments folders;
    private final SimilarPairs pairs;
    private final AuditTrail audit;
    private final Clock clock;

    AssetInserts(MongoCollection<Document> assets, FolderDocuments folders, SimilarPairs pairs, AuditTrail audit, Clock clock) {
        this.assets = assets;
        this.folders = folders;
        this.pairs = pairs;
        this.audit = audit;
        this.clock = clock;
    }

    /** One asset (its custom metadata checked already), its near-duplicate pairs and its audit entry. */
    Void add(Asset a, Map<AssetId, Integer> similar) {
        insert(a);
        pairs.record(a.id(), similar);
        audit.append(clock.instant(), "add", a.id(), a.filePath() + " sha256:" + a.contentHash());
        return null;
    }

    /** A batch (checked already) and an audit entry each, numbered from one reserved block. */
    Void addAll(List<Asset> batch) {
        insertAll(batch);
        Instant now = clock.instant();
        long seq = audit.reserve(batch.size());
        List<Document> entries = new ArrayList<>();
        for (Asset a : batch) {
            entries.add(audit.entry(seq++, now, "add", a.id(), a.filePath() + " sha256:" + a.contentHash()));
            if (entries.size() == CHUNK) {
                audit.writeAll(entries);
                entries.clear();
            }
        }
        audit.writeAll(entries);
        return null;
    }

    private void insert(Asset a) {
        if (pathTaken(a.folder(), a.name())) throw new PathTakenException(a.filePath());
        folders.ensureAll(Map.of(a.folder(), a.createdAt()));
        try {
            assets.insertOne(AssetDocuments.toDocument(a));
        } catch (MongoException e) {
            if (MongoErrors.duplicateKey(e)) throw clash(a);
            throw e;
        }
    }

    private void insertAll(List<Asset> batch) {
        refuseClashes(batch);
        Map<FolderPath, Instant> firstUse = new LinkedHashMap<>();
        batch.forEach(a -> firstUse.putIfAbsent(a.folder(), a.createdAt()));
        folders.ensureAll(firstUse);
        List<String> written = new ArrayList<>();
        for (int from = 0; from < batch.size(); from += CHUNK) {
            List<Asset> chunk = batch.subList(from, Math.min(batch.size(), from + CHUNK));
            try {
                assets.insertMany(chunk.stream().map(AssetDocuments::toDocument).toList());
                chunk.forEach(a -> written.add(a.id().value()));
            } catch (MongoException e) {
                int failed = e instanceof MongoBulkWriteException b ? b.getWriteErrors().get(0).getIndex() : chunk.size();
                chunk.subList(0, failed).forEach(a -> written.add(a.id().value()));
                undo(written, e);
                throw MongoErrors.duplicateKey(e) && failed < chunk.size() ? clash(chunk.get(failed)) : e;
            }
        }
    }

    boolean pathTaken(FolderPath folder, String name) {
        return assets.find(Filters.and(Filters.eq(AssetDocuments.FOLDER, folder.value()), Filters.eq(AssetDocuments.NAME, name)))
                .projection(Projections.include(AssetDocuments.ID)).first() != null;
    }

    /** A duplicate key on insert: the path if it is taken now, else the id. */
    private LibraryException clash(Asset a) {
        if (pathTaken(a.folder(), a.name())) return new PathTakenException(a.filePath());
        return new LibraryException("an asset with id " + a.id() + " is already in the catalog");
    }

    /** Clashes within the batch and with the catalog, before anything is written. */
    private void refuseClashes(List<Asset> batch) {
        Set<String> paths = new HashSet<>();
        Set<String> ids = new HashSet<>();
        for (Asset a : batch) {
            if (!paths.add(a.filePath())) throw new PathTakenException(a.filePath());
            if (!ids.add(a.id().value())) throw new LibraryException("asset " + a.id() + " is twice in one batch");
        }
        for (int from = 0; from < batch.size(); from += CHUNK) {
            List<Asset> chunk = batch.subList(from, Math.min(batch.size(), from + CHUNK));
            assets.find(Filters.or(Filters.in(AssetDocuments.NAME, chunk.stream().map(Asset::name).toList()),
                    Filters.in(AssetDocuments.ID, chunk.stream().map(a -> a.id().value()).toList())))
                    .projection(Projections.include(AssetDocuments.FOLDER, AssetDocuments.NAME)).forEach(d -> {
                        String path = d.getString(AssetDocuments.FOLDER) + d.getString(AssetDocuments.NAME);
                        if (paths.contains(path)) throw new PathTakenException(path);
                        if (ids.contains(d.getString(AssetDocuments.ID))) {
                            throw new LibraryException("an asset with id " + d.getString(AssetDocuments.ID) + " is already in the catalog");
                        }
                    });
        }
    }

    /** Deletes what a failed batch wrote; its ids were checked to be new, so they are all ours. */
    private void undo(List<String> written, MongoException cause) {
        try {
            for (int from = 0; from < written.size(); from += CHUNK) {
                assets.deleteMany(Filters.in(AssetDocuments.ID, written.subList(from, Math.min(written.size(), from + CHUNK))));
            }
        } catch (MongoException e) {
            cause.addSuppressed(e);
        }
    }

}
