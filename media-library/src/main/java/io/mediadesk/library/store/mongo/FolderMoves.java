package io.mediadesk.library.store.mongo;

import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Updates;
import io.mediadesk.library.InvalidValueException;
import io.mediadesk.library.LibraryException;
import io.mediadesk.library.asset.AssetId;
import io.mediadesk.library.asset.Folder;
import io.mediadesk.library.asset.FolderPath;
import io.mediadesk.library.asset.FolderRules;
import io.mediadesk.library.event.ChangeFeed;
import io.mediadesk.library.event.LibraryChange;
import io.mediadesk.library.store.FolderMove;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.bson.Document;

/**
 * Folder create, move and delete without multi-document transactions. A move is made safe and
 * resumable by writing its intent first: one document in {@code folderMoves} ({@code _id} the source
 * path, so two moves of one folder cannot run at once; {@code to}, {@code at}, {@code actor}). Then
 * idempotent single-document steps: upsert the new folders (parents first), re-path each asset with
 * {@code updateOne({_id, folder: old}, {$set: {folder: new}})} (an asset already moved no longer
 * matches, so a rerun skips it; each is audited after its update), delete the old folder documents,
 * audit the move and delete the intent. Whoever finds an intent older than a few minutes (a crash,
 * a lost connection) runs the same steps again: {@link #resume}, at every connect. While a move runs
 * other readers may see the subtree half moved; no asset is ever lost or doubled, because each lives
 * in one document with one folder at a time.
 */
final class FolderMoves {
    static final Duration STALE = Duration.ofMinutes(10);

    private final MongoCollection<Document> assets;
    private final FolderDocuments folders;
    private final MongoCollection<Document> intents;
    private final AuditTrail audit;
    private final Clock clock;
    private final ChangeFeed feed;
    /** Tests: stop (throw) after re-pathing this many assets, as a crash would. */
    volatile int crashAfter = Integer.MAX_VALUE;

    FolderMoves(MongoCollection<Document> assets, FolderDocuments folders, MongoCollection<Document> intents, AuditTrail audit,
            Clock clock, ChangeFeed feed) {
        this.assets = assets;
        this.folders = folders;
        this.intents = intents;
        this.audit = audit;
        this.clock = clock;
        this.feed = feed;
    }

    Folder create(FolderPath path) {
        FolderRules.notRoot(path, "create");
        if (folders.state(path).filter(deleted -> !deleted).isPresent()) throw FolderRules.taken(path);
        Instant now = clock.instant();
        for (FolderPath p : path.lineage()) if (!p.isRoot()) folders.ensure(p, now);
        audit.append(now, "folder.create", null, path.value());
        Document d = folders.collection().find(Filters.eq("_id", path.value())).first();
        return new Folder(path, d.get("createdAt", Date.class).toInstant());
    }

    FolderMove move(FolderPath from, FolderPath to) {
        FolderRules.checkMove(from, to);
        if (folders.state(from).filter(deleted -> !deleted).isEmpty()) throw FolderRules.missing(from);
        if (folders.state(to).isPresent()) throw FolderRules.taken(to);
        Instant now = clock.instant();
        try {
            intents.insertOne(new Document("_id", from.value()).append("to", to.value()).append("at", MetaValues.date(now))
                    .append("actor", audit.actor()));
        } catch (MongoException e) {
            if (!MongoErrors.duplicateKey(e)) throw e;
            throw new io.mediadesk.library.store.ConcurrentChangeException("folder " + from + " is being moved already; try again later");
        }
        return run(from, to, now);
    }

    /** Runs every intent older than {@code staleAfter} again. @return how many it finished */
    int resume(Duration staleAfter) {
        Instant cutoff = clock.instant().minus(staleAfter);
        List<Document> pending = new ArrayList<>();
        intents.find(Filters.lte("at", MetaValues.date(cutoff))).forEach(pending::add);
        for (Document d : pending) {
            run(new FolderPath(d.getString("_id")), new FolderPath(d.getString("to")), clock.instant());
        }
        return pending.size();
    }

    private FolderMove run(FolderPath from, FolderPath to, Instant now) {
        for (FolderPath p : to.parent().lineage()) if (!p.isRoot()) folders.ensure(p, now);
        List<Document> subtree = folders.subtree(from);
        for (Document f : subtree) {
            FolderPath moved = FolderRules.rebased(new FolderPath(f.getString("_id")), from, to);
            Date created = f.get("createdAt", Date.class);
            folders.ensure(moved, created.toInstant(), f.getBoolean(FolderDocuments.DELETED, false));
        }
        List<AssetId> moved = new ArrayList<>();
        try {
            List<Document> inSubtree = new ArrayList<>();
            assets.find(FilterCompiler.prefix(AssetDocuments.FOLDER, from.value()))
                    .projection(Projections.include(AssetDocuments.FOLDER, AssetDocuments.NAME)).forEach(inSubtree::add);
            for (Document a : inSubtree) {
                if (moved.size() >= crashAfter) throw new LibraryException("simulated crash after " + moved.size() + " assets");
                FolderPath old = new FolderPath(a.getString(AssetDocuments.FOLDER));
                FolderPath target = FolderRules.rebased(old, from, to);
                long n = assets.updateOne(Filters.and(Filters.eq(AssetDocuments.ID, a.getString(AssetDocuments.ID)),
                        Filters.eq(AssetDocuments.FOLDER, old.value())),
                        Updates.combine(Updates.set(AssetDocuments.FOLDER, target.value()), VersionedEdits.touch(now))).getModifiedCount();
                if (n == 0) continue;
                AssetId id = AssetId.of(a.getString(AssetDocuments.ID));
                String name = a.getString(AssetDocuments.NAME);
                audit.append(now, "move", id, old.value() + name + " -> " + target.value() + name);
                moved.add(id);
            }
            folders.collection().deleteMany(FilterCompiler.prefix("_id", from.value()));
            audit.append(now, "folder.move", null, from + " -> " + to + " (" + subtree.size() + " folders, " + moved.size() + " assets)");
            intents.deleteOne(Filters.eq("_id", from.value()));
        } finally {
            if (!moved.isEmpty()) feed.publish(new LibraryChange(LibraryChange.Kind.UPDATED, moved));
        }
        return new FolderMove(from, to, subtree.size(), moved.size());
    }

    int delete(FolderPath folder, boolean recursive) {
        FolderRules.notRoot(folder, "delete");
        if (folders.state(folder).filter(deleted -> !deleted).isEmpty()) throw FolderRules.missing(folder);
        List<Document> subtree = folders.subtree(folder);
        long subfolders = subtree.stream().filter(d -> !d.getString("_id").equals(folder.value()))
                .filter(d -> !d.getBoolean(FolderDocuments.DELETED, false)).count();
        List<String> active = new ArrayList<>();
        assets.find(Filters.and(FilterCompiler.prefix(AssetDocuments.FOLDER, folder.value()), Filters.eq(AssetDocuments.TRASHED, false)))
                .projection(Projections.include(AssetDocuments.ID)).sort(com.mongodb.client.model.Sorts.ascending(AssetDocuments.ID))
                .forEach(d -> active.add(d.getString(AssetDocuments.ID)));
        if (!recursive && (subfolders > 0 || !active.isEmpty())) {
            throw new InvalidValueException("folder", "notEmpty", "folder " + folder + " holds " + subfolders + " folders and "
                    + active.size() + " assets; delete them first or use --recursive");
        }
        Instant now = clock.instant();
        List<AssetId> trashed = new ArrayList<>();
        try {
            for (String id : active) {
                long n = assets.updateOne(Filters.and(Filters.eq(AssetDocuments.ID, id), Filters.eq(AssetDocuments.TRASHED, false)),
                        Updates.combine(Updates.set(AssetDocuments.TRASHED, true), VersionedEdits.touch(now))).getModifiedCount();
                if (n == 0) continue;
                audit.append(now, "trash", AssetId.of(id), "folder.delete " + folder);
                trashed.add(AssetId.of(id));
            }
            Set<FolderPath> used = new HashSet<>();
            assets.distinct(AssetDocuments.FOLDER, FilterCompiler.prefix(AssetDocuments.FOLDER, folder.value()), String.class)
                    .forEach(f -> used.add(new FolderPath(f)));
            // Children first, so a parent is never removed before a child that keeps it.
            for (int i = subtree.size() - 1; i >= 0; i--) {
                FolderPath p = new FolderPath(subtree.get(i).getString("_id"));
                if (used.stream().anyMatch(u -> u.isWithin(p))) {
                    folders.collection().updateOne(Filters.eq("_id", p.value()), Updates.set(FolderDocuments.DELETED, true));
                } else {
                    folders.collection().deleteOne(Filters.eq("_id", p.value()));
                }
            }
            audit.append(now, "folder.delete", null, folder + (recursive ? " (recursive, " + trashed.size() + " assets to the trash)" : ""));
        } finally {
            if (!trashed.isEmpty()) feed.publish(new LibraryChange(LibraryChange.Kind.TRASHED, trashed));
        }
        return trashed.size();
    }
}
