package io.mediadesk.library.store.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import io.mediadesk.library.InvalidValueException;
import io.mediadesk.library.LibraryException;
import io.mediadesk.library.asset.Asset;
import io.mediadesk.library.asset.AssetId;
import io.mediadesk.library.asset.Tag;
import io.mediadesk.library.event.ChangeFeed;
import io.mediadesk.library.event.LibraryChange;
import io.mediadesk.library.metadata.MetaValue;
import io.mediadesk.library.asset.FolderPath;
import io.mediadesk.library.store.ConcurrentChangeException;
import io.mediadesk.library.store.PathTakenException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.bson.Document;

/**
 * Edits of existing assets (tags, custom metadata, coordinates, moves, trash), one asset at a time, each a single-document atomic update. A tag edit
 * reads the asset, works out and checks the new tag set, and writes it only if the asset's
 * {@code version} is still the one it read; if another writer got in between, it reads again and
 * retries, and after {@value #ATTEMPTS} lost races gives up with a {@link ConcurrentChangeException}.
 *
 * <p>A bulk edit is not one transaction here (replica-set transactions would make every team
 * member pay for a rare case, and mongo-java-server has none): each asset's change is atomic and
 * audited right after it commits, and every asset is checked before the first is written, so a
 * rule broken by any asset still changes nothing. Only a crash or a lost race mid-bulk leaves some
 * assets changed; the audit trail (and the exception's message) says which.
 */
final class VersionedEdits {
    static final int ATTEMPTS = 3;

    /** An asset's edit worked out against the version it was read at. */
    private record Planned(AssetId id, long version, List<String> after) {
    }

    private final MongoCollection<Document> assets;
    private final AuditTrail audit;
    private final Clock clock;
    private final ChangeFeed feed;
    /** Runs before each versioned write; tests use it to play the other team member. */
    volatile Runnable beforeWrite = () -> { };

    private final FolderDocuments folders;

    VersionedEdits(MongoCollection<Document> assets, FolderDocuments folders, AuditTrail audit, Clock clock, ChangeFeed feed) {
        this.assets = assets;
        this.folders = folders;
        this.audit = audit;
        this.clock = clock;
        this.feed = feed;
    }

    int tags(Collection<AssetId> ids, Collection<Tag> tags, boolean add) {
        List<Planned> plan = new ArrayList<>();
        for (AssetId id : new TreeSet<>(ids)) plan(id, tags, add).ifPresent(plan::add);
        if (plan.isEmpty()) return 0;
        Instant now = clock.instant();
        String detail = tags.stream().map(Tag::value).sorted().toList().toString();
        List<AssetId> changed = new ArrayList<>();
        try {
            for (Planned p : plan) {
                if (!apply(p, tags, add, now, changed)) continue;
                audit.append(now, add ? "tag.add" : "tag.remove", p.id(), detail);
                changed.add(p.id());
            }
        } finally {
            feed.publish(new LibraryChange(LibraryChange.Kind.UPDATED, changed));
        }
        return changed.size();
    }

    /** The edit of one asset, or nothing when it is gone or would not change. */
    private Optional<Planned> plan(AssetId id, Collection<Tag> tags, boolean add) {
        Document d = assets.find(Filters.eq(AssetDocuments.ID, id.value()))
                .projection(Projections.include(AssetDocuments.TAGS, AssetDocuments.VERSION)).first();
        if (d == null) return Optional.empty();
        TreeSet<Tag> before = new TreeSet<>();
        d.getList(AssetDocuments.TAGS, String.class, List.of()).forEach(t -> before.add(new Tag(t)));
        TreeSet<Tag> after = new TreeSet<>(before);
        if (add) after.addAll(tags); else after.removeAll(tags);
        if (after.equals(before)) return Optional.empty();
        checkTotal(id, after);
        return Optional.of(new Planned(id, AssetDocuments.version(d), AssetDocuments.tags(after)));
    }

    /** Writes the planned tags if the version still holds, re-planning after each lost race. */
    private boolean apply(Planned planned, Collection<Tag> tags, boolean add, Instant now, List<AssetId> changed) {
        Planned p = planned;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            beforeWrite.run();
            Document done = assets.findOneAndUpdate(
                    Filters.and(Filters.eq(AssetDocuments.ID, p.id().value()), Filters.eq(AssetDocuments.VERSION, p.version())),
                    Updates.combine(Updates.set(AssetDocuments.TAGS, p.after()),
                            Updates.set(AssetDocuments.TAG_WORDS, AssetDocuments.tagWords(p.after().stream().map(Tag::new).toList())),
                            touch(now)));
            if (done != null) return true;
            Optional<Planned> again = plan(p.id(), tags, add);
            if (again.isEmpty()) return false;
            p = again.get();
        }
        throw new ConcurrentChangeException("asset " + p.id() + " was changed by someone else " + ATTEMPTS
                + " times while its tags were being edited; " + (changed.isEmpty() ? "nothing was changed"
                : "assets " + changed + " were changed already") + "; run the edit again");
    }

    /**
     * Replaces the custom metadata map (checked already) in one atomic update: a blind {@code $set}
     * of that map alone, so it needs no read, and a tag edit racing it is not lost (its version
     * check fails and it re-reads).
     */
    Asset customMetadata(AssetId id, Map<String, MetaValue> checked) {
        Instant now = clock.instant();
        Document d = assets.findOneAndUpdate(Filters.eq(AssetDocuments.ID, id.value()),
                Updates.combine(Updates.set(AssetDocuments.CUSTOM, MetaValues.toDocument(checked)),
                        Updates.set(AssetDocuments.CUSTOM_WORDS, AssetDocuments.customWords(checked)), touch(now)),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
        if (d == null) throw new LibraryException("there is no asset " + id);
        audit.append(now, "metadata.set", id, String.join(",", checked.keySet()));
        return AssetDocuments.fromDocument(d);
    }

    /**
     * Moves or renames one asset: its folder (and parents) made first, then one atomic update of
     * folder, name and name words. The unique {@code folder_name} index is the judge of a path
     * taken meanwhile by another writer: its duplicate key is a {@link PathTakenException}, and
     * nothing of the asset changed. As in SQLite, an asset's own path counts as taken.
     */
    Asset move(AssetId id, FolderPath folder, String name) {
        if (assets.countDocuments(Filters.and(Filters.eq(AssetDocuments.FOLDER, folder.value()), Filters.eq(AssetDocuments.NAME, name))) > 0) {
            throw new PathTakenException(folder.value() + name);
        }
        Instant now = clock.instant();
        if (assets.countDocuments(Filters.eq(AssetDocuments.ID, id.value())) == 0) throw new LibraryException("there is no asset " + id);
        for (FolderPath p : folder.lineage()) if (!p.isRoot()) folders.ensure(p, now);
        Document d;
        try {
            d = assets.findOneAndUpdate(Filters.eq(AssetDocuments.ID, id.value()),
                    Updates.combine(Updates.set(AssetDocuments.FOLDER, folder.value()), Updates.set(AssetDocuments.NAME, name),
                            Updates.set(AssetDocuments.NAME_WORDS, io.mediadesk.library.query.NameWords.indexed(name)), touch(now)),
                    new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
        } catch (com.mongodb.MongoException e) {
            if (MongoErrors.duplicateKey(e)) throw new PathTakenException(folder.value() + name);
            throw e;
        }
        if (d == null) throw new LibraryException("there is no asset " + id);
        audit.append(now, "move", id, folder.value() + name);
        feed.publish(new LibraryChange(LibraryChange.Kind.UPDATED, List.of(id)));
        return AssetDocuments.fromDocument(d);
    }

    /** Sets or clears the focus box in one atomic update (a blind set, like {@link #customMetadata}). */
    Asset coordinates(AssetId id, Optional<String> coordinates) {
        Instant now = clock.instant();
        Document d = assets.findOneAndUpdate(Filters.eq(AssetDocuments.ID, id.value()),
                Updates.combine(coordinates.map(c -> Updates.set(AssetDocuments.COORDINATES, c))
                        .orElse(Updates.unset(AssetDocuments.COORDINATES)), touch(now)),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
        if (d == null) throw new LibraryException("there is no asset " + id);
        audit.append(now, "coordinates.set", id, coordinates.orElse(""));
        feed.publish(new LibraryChange(LibraryChange.Kind.UPDATED, List.of(id)));
        return AssetDocuments.fromDocument(d);
    }

    /**
     * Sets the rating or label of many assets: a conditional update per asset ({@code field != value}),
     * so nothing is read first and an asset that has it already is neither touched nor audited.
     */
    int mark(Collection<AssetId> ids, String field, Object value, String action) {
        TreeSet<AssetId> unique = new TreeSet<>(ids);
        Instant now = clock.instant();
        List<AssetId> changed = new ArrayList<>();
        try {
            for (AssetId id : unique) {
                long n = assets.updateOne(Filters.and(Filters.eq(AssetDocuments.ID, id.value()), Filters.ne(field, value)),
                        Updates.combine(Updates.set(field, value), touch(now))).getModifiedCount();
                if (n == 0) continue;
                audit.append(now, action, id, String.valueOf(value));
                changed.add(id);
            }
        } finally {
            if (!changed.isEmpty()) feed.publish(new LibraryChange(LibraryChange.Kind.UPDATED, changed));
        }
        return changed.size();
    }

    /** Moves assets to the trash or back: a conditional update per asset, so nothing is read first. */
    int trash(Collection<AssetId> ids, boolean trashed) {
        TreeSet<AssetId> unique = new TreeSet<>(ids);
        if (unique.isEmpty()) return 0;
        Instant now = clock.instant();
        List<AssetId> changed = new ArrayList<>();
        try {
            for (AssetId id : unique) {
                long n = assets.updateOne(Filters.and(Filters.eq(AssetDocuments.ID, id.value()),
                        Filters.eq(AssetDocuments.TRASHED, !trashed)),
                        Updates.combine(Updates.set(AssetDocuments.TRASHED, trashed), touch(now))).getModifiedCount();
                if (n == 0) continue;
                if (!trashed) showFolderOf(id, now);
                audit.append(now, trashed ? "trash" : "restore", id, "");
                changed.add(id);
            }
        } finally {
            feed.publish(new LibraryChange(trashed ? LibraryChange.Kind.TRASHED : LibraryChange.Kind.RESTORED, changed));
        }
        return changed.size();
    }

    /** A restored asset's folder (and its parents) are shown again if a folder delete hid them. */
    private void showFolderOf(AssetId id, Instant now) {
        Document d = assets.find(Filters.eq(AssetDocuments.ID, id.value())).projection(Projections.include(AssetDocuments.FOLDER)).first();
        if (d == null) return;
        for (io.mediadesk.library.asset.FolderPath p : new io.mediadesk.library.asset.FolderPath(d.getString(AssetDocuments.FOLDER)).lineage()) {
            if (!p.isRoot()) folders.ensure(p, now);
        }
    }

    /** What every update does besides its change: stamp the time, count the version. */
    static org.bson.conversions.Bson touch(Instant now) {
        return Updates.combine(Updates.set(AssetDocuments.UPDATED, MetaValues.date(now)), Updates.inc(AssetDocuments.VERSION, 1L));
    }

    private static void checkTotal(AssetId id, Collection<Tag> tags) {
        try {
            Tag.checkTotal(tags);
        } catch (InvalidValueException e) {
            throw new InvalidValueException(e.subject(), e.rule(), "asset " + id + ": " + e.getMessage());
        }
    }
}
