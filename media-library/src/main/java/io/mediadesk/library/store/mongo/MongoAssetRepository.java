package io.mediadesk.library.store.mongo;

import static io.mediadesk.library.store.mongo.MongoErrors.translated;

import com.mongodb.client.FindIterable;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import io.mediadesk.library.asset.Asset;
import io.mediadesk.library.asset.AssetId;
import io.mediadesk.library.asset.Folder;
import io.mediadesk.library.asset.FolderPath;
import io.mediadesk.library.asset.Page;
import io.mediadesk.library.asset.Tag;
import io.mediadesk.library.event.ChangeFeed;
import io.mediadesk.library.event.ChangeListener;
import io.mediadesk.library.event.LibraryChange;
import io.mediadesk.library.metadata.CustomField;
import io.mediadesk.library.metadata.MetaValue;
import io.mediadesk.library.metadata.MetadataSchema;
import io.mediadesk.library.query.AssetQuery;
import io.mediadesk.library.query.Query;
import io.mediadesk.library.query.SortKey;
import io.mediadesk.library.store.Actor;
import io.mediadesk.library.store.AssetRepository;
import io.mediadesk.library.store.AuditEntry;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.Set;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * {@link AssetRepository} on a MongoDB catalog shared by a team. One document per asset (see
 * {@link AssetDocuments}); folders, field definitions, near-duplicate pairs and the audit trail
 * in collections of their own. Every change is a single-document atomic write (no multi-document
 * transactions, see {@link VersionedEdits} and {@link AssetInserts}); driver errors are translated
 * once, by {@link MongoErrors}. Change events are published after the writes, for this process's
 * listeners only: other team members' changes are not heard (that would need change streams).
 */
public final class MongoAssetRepository implements AssetRepository {
    /** Assets per keyset batch of {@link #forEachAsset}. */
    private static final int BATCH = 1000;

    private final MongoCollection<Document> assets;
    private final FolderDocuments folders;
    private final FieldDocuments fields;
    private final SimilarPairs pairs;
    private final AuditTrail audit;
    private final AssetInserts inserts;
    private final VersionedEdits edits;
    private final FolderMoves folderMoves;
    private final ContentVersions contentVersions;
    private final Clock clock;
    private final ChangeFeed feed = new ChangeFeed();

    MongoAssetRepository(MongoDatabase db, Actor actor, Clock clock) {
        this.assets = db.getCollection(CollectionNames.ASSETS);
        this.folders = new FolderDocuments(db);
        this.fields = new FieldDocuments(db);
        this.pairs = new SimilarPairs(db);
        this.audit = new AuditTrail(db, actor.name());
        this.inserts = new AssetInserts(assets, folders, pairs, audit, clock);
        this.edits = new VersionedEdits(assets, folders, audit, clock, feed);
        this.folderMoves = new FolderMoves(assets, folders, db.getCollection(CollectionNames.FOLDER_MOVES), audit, clock, feed);
        this.clock = clock;
        this.contentVersions = new ContentVersions(assets, audit, actor.name(), clock, feed, () -> edits.beforeWrite);
    }

    @Override
    public Asset move(AssetId id, FolderPath folder, String name) {
        String checked = io.mediadesk.library.asset.FileName.check(name);
        return translated("cannot move " + id, () -> edits.move(id, folder, checked));
    }

    @Override
    public Asset setCustomCoordinates(AssetId id, Optional<String> coordinates) {
        return translated("cannot set the coordinates of " + id, () -> edits.coordinates(id, coordinates));
    }

    @Override
    public Asset replaceContent(AssetId id, Asset content) {
        return translated("cannot replace the content of " + id, () -> contentVersions.replace(id, content));
    }

    @Override
    public List<io.mediadesk.library.asset.AssetVersion> versions(AssetId id) {
        return translated("cannot list the versions of " + id, () -> contentVersions.versions(id));
    }

    @Override
    public Asset restoreVersion(AssetId id, int number) {
        return translated("cannot restore version " + number + " of " + id, () -> contentVersions.restore(id, number));
    }

    @Override
    public Asset add(Asset asset, Map<AssetId, Integer> similar) {
        Asset checked = asset.withCustomMetadata(schema().complete(asset.customMetadata()));
        translated("cannot add " + asset.filePath(), () -> inserts.add(checked, similar));
        feed.publish(new LibraryChange(LibraryChange.Kind.ADDED, List.of(checked.id())));
        return checked;
    }

    @Override
    public void addAll(Collection<Asset> batch) {
        MetadataSchema s = schema();
        List<Asset> checked = batch.stream().map(a -> a.withCustomMetadata(s.complete(a.customMetadata()))).toList();
        if (checked.isEmpty()) return;
        translated("cannot add " + checked.size() + " assets", () -> inserts.addAll(checked));
        feed.publish(new LibraryChange(LibraryChange.Kind.ADDED, checked.stream().map(Asset::id).toList()));
    }

    @Override
    public Optional<Asset> find(AssetId id) {
        return translated("cannot read asset " + id, () ->
                Optional.ofNullable(assets.find(Filters.eq(AssetDocuments.ID, id.value())).first()).map(AssetDocuments::fromDocument));
    }

    @Override
    public List<Asset> findByContentHash(String sha256) {
        return translated("cannot look up content " + sha256, () ->
                load(assets.find(Filters.eq(AssetDocuments.CONTENT_HASH, sha256)).sort(creationOrder())));
    }

    @Override
    public boolean pathTaken(FolderPath folder, String name) {
        return translated("cannot look up " + folder.value() + name, () -> inserts.pathTaken(folder, name));
    }

    @Override
    public Page<Asset> search(AssetQuery q) {
        Bson filter = scoped(q.filter(), q.scope());
        // One past the page tells whether more follow; no limit when the page is "everything".
        int fetch = q.limit() == Integer.MAX_VALUE ? 0 : q.limit() + 1;
        List<Asset> rows = translated("cannot search", () ->
                load(assets.find(filter).sort(order(q.sort())).skip(q.skip()).limit(fetch)));
        boolean more = rows.size() > q.limit();
        return new Page<>(more ? rows.subList(0, q.limit()) : rows, q.skip(), q.limit(), more);
    }

    /** Keyset batches on {@code _id} (always indexed), so no batch skips over the ones before it. */
    @Override
    public void forEachAsset(Consumer<Asset> action) {
        String after = "";
        while (true) {
            String from = after;
            List<Asset> batch = translated("cannot read assets", () ->
                    load(assets.find(Filters.gt(AssetDocuments.ID, from)).sort(Sorts.ascending(AssetDocuments.ID)).limit(BATCH)));
            batch.forEach(action);
            if (batch.size() < BATCH) return;
            after = batch.get(batch.size() - 1).id().value();
        }
    }

    /** The sort column, then the id in the same direction, so the order is total like SQLite's. */
    static Bson order(SortKey key) {
        String column = switch (key.column()) {
            case CREATED -> AssetDocuments.CREATED;
            case UPDATED -> AssetDocuments.UPDATED;
            case NAME -> AssetDocuments.NAME;
            case SIZE -> "size";
            case WIDTH -> "width";
            case HEIGHT -> "height";
        };
        return key.descending() ? Sorts.descending(column, AssetDocuments.ID) : Sorts.ascending(column, AssetDocuments.ID);
    }

    private static Bson creationOrder() {
        return Sorts.ascending(AssetDocuments.CREATED, AssetDocuments.ID);
    }

    private static Bson scoped(Query filter, AssetQuery.Scope scope) {
        return Filters.and(Filters.eq(AssetDocuments.TRASHED, scope == AssetQuery.Scope.TRASHED), FilterCompiler.compile(filter));
    }

    @Override
    public List<AssetId> ids(Query filter, AssetQuery.Scope scope) {
        return translated("cannot search", () -> {
            List<AssetId> out = new ArrayList<>();
            assets.find(scoped(filter, scope)).projection(Projections.include(AssetDocuments.ID)).sort(creationOrder())
                    .forEach(d -> out.add(AssetId.of(d.getString(AssetDocuments.ID))));
            return out;
        });
    }

    @Override
    public int count(Query filter, AssetQuery.Scope scope) {
        return translated("cannot count", () -> (int) assets.countDocuments(scoped(filter, scope)));
    }

    @Override
    public List<AssetId> missing(Collection<AssetId> ids) {
        return translated("cannot look up assets", () -> {
            Set<String> known = new HashSet<>();
            assets.find(Filters.in(AssetDocuments.ID, ids.stream().map(AssetId::value).distinct().toList()))
                    .projection(Projections.include(AssetDocuments.ID)).forEach(d -> known.add(d.getString(AssetDocuments.ID)));
            return ids.stream().filter(id -> !known.contains(id.value())).toList();
        });
    }

    @Override
    public int addTags(Collection<AssetId> ids, Collection<Tag> tags) {
        return translated("cannot add tags", () -> edits.tags(ids, tags, true));
    }

    @Override
    public int removeTags(Collection<AssetId> ids, Collection<Tag> tags) {
        return translated("cannot remove tags", () -> edits.tags(ids, tags, false));
    }

    @Override
    public Asset setCustomMetadata(AssetId id, Map<String, MetaValue> values) {
        Map<String, MetaValue> checked = schema().complete(values);
        Asset after = translated("cannot set custom metadata of " + id, () -> edits.customMetadata(id, checked));
        feed.publish(new LibraryChange(LibraryChange.Kind.UPDATED, List.of(id)));
        return after;
    }

    @Override
    public int setRating(Collection<AssetId> ids, int stars) {
        int checked = io.mediadesk.library.asset.Rating.check(stars);
        return translated("cannot rate assets", () -> edits.mark(ids, AssetDocuments.RATING, checked, "rating.set"));
    }

    @Override
    public int setLabel(Collection<AssetId> ids, io.mediadesk.library.asset.ColourLabel label) {
        return translated("cannot label assets", () -> edits.mark(ids, AssetDocuments.LABEL, label.wireName(), "label.set"));
    }

    @Override
    public int trash(Collection<AssetId> ids) {
        return translated("cannot move assets to the trash", () -> edits.trash(ids, true));
    }

    @Override
    public int restore(Collection<AssetId> ids) {
        return translated("cannot restore assets", () -> edits.trash(ids, false));
    }

    @Override
    public Folder createFolder(FolderPath path) {
        return translated("cannot create folder " + path, () -> folderMoves.create(path));
    }

    @Override
    public io.mediadesk.library.store.FolderMove moveFolder(FolderPath folder, FolderPath newPath) {
        return translated("cannot move folder " + folder + " to " + newPath, () -> folderMoves.move(folder, newPath));
    }

    @Override
    public int deleteFolder(FolderPath folder, boolean recursive) {
        return translated("cannot delete folder " + folder, () -> folderMoves.delete(folder, recursive));
    }

    /** Finishes folder moves that were started over {@code staleAfter} ago and never ended (a crash, a lost connection). */
    int resumeFolderMoves(java.time.Duration staleAfter) {
        return translated("cannot finish interrupted folder moves", () -> folderMoves.resume(staleAfter));
    }

    /** Tests: a folder move stops after re-pathing this many assets, as if the process died there. */
    void crashFolderMovesAfter(int assets) {
        folderMoves.crashAfter = assets;
    }

    /**
     * An aggregation: the live assets with a tag starting with one of the prefix's case spellings
     * ({@link io.mediadesk.library.asset.TagPrefix#literals}, each an anchored, escaped regex, which
     * a server can turn into a range of the {@code tags} index), their tags unwound, matched again
     * and counted; {@code TagPrefix.matches} then decides case beyond the spellings.
     */
    @Override
    public List<io.mediadesk.library.store.TagCount> tagsStartingWith(String prefix, int limit) {
        if (limit < 1) throw new IllegalArgumentException("a completion limit is at least 1, not " + limit);
        io.mediadesk.library.asset.TagPrefix p = io.mediadesk.library.asset.TagPrefix.of(prefix);
        List<Bson> pipeline = new ArrayList<>();
        Bson live = Filters.eq(AssetDocuments.TRASHED, false);
        List<String> literals = p.literals(io.mediadesk.library.asset.TagPrefix.MAX_LITERALS);
        Bson tagged = literals.contains("") ? null : Filters.in(AssetDocuments.TAGS,
                literals.stream().map(l -> new org.bson.BsonRegularExpression("^" + regexLiteral(l))).toList());
        pipeline.add(com.mongodb.client.model.Aggregates.match(tagged == null ? live : Filters.and(live, tagged)));
        pipeline.add(com.mongodb.client.model.Aggregates.unwind("$" + AssetDocuments.TAGS));
        if (tagged != null) pipeline.add(com.mongodb.client.model.Aggregates.match(tagged));
        pipeline.add(com.mongodb.client.model.Aggregates.group("$" + AssetDocuments.TAGS,
                com.mongodb.client.model.Accumulators.sum("n", 1)));
        return translated("cannot complete tag \"" + p + "\"", () -> {
            List<io.mediadesk.library.store.TagCount> found = new ArrayList<>();
            for (Document d : assets.aggregate(pipeline)) {
                String tag = d.getString(AssetDocuments.ID);
                if (p.matches(tag)) found.add(new io.mediadesk.library.store.TagCount(new Tag(tag), ((Number) d.get("n")).intValue()));
            }
            return io.mediadesk.library.store.TagCount.top(found, limit);
        });
    }

    /** {@code text} as a regex matching itself: every character that means something to a regex escaped. */
    static String regexLiteral(String text) {
        StringBuilder b = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if ("\\^$.|?*+()[]{}".indexOf(cp) >= 0) b.append('\\');
            b.appendCodePoint(cp);
        });
        return b.toString();
    }

    @Override
    public List<Folder> folders() {
        return translated("cannot list folders", folders::all);
    }

    @Override
    public void defineField(CustomField field) {
        translated("cannot define field " + field.name(), () -> {
            fields.insert(field);
            audit.append(clock.instant(), "field.define", null, field.name() + " " + field.type().wireName());
            return null;
        });
    }

    /** Read every time, not cached: on a shared catalog a team member may define a field at any moment. */
    @Override
    public MetadataSchema schema() {
        return translated("cannot read the custom metadata fields", fields::read);
    }

    @Override
    public Map<AssetId, Long> perceptualHashes() {
        return translated("cannot read perceptual hashes", () -> {
            Map<AssetId, Long> out = new LinkedHashMap<>();
            assets.find(Filters.exists(AssetDocuments.PHASH)).projection(Projections.include(AssetDocuments.PHASH))
                    .sort(creationOrder())
                    .forEach(d -> out.put(AssetId.of(d.getString(AssetDocuments.ID)), ((Number) d.get(AssetDocuments.PHASH)).longValue()));
            return out;
        });
    }

    @Override
    public Map<AssetId, Integer> similar(AssetId id) {
        return translated("cannot read near-duplicates", () -> pairs.of(id));
    }

    @Override
    public List<AuditEntry> audit(Optional<AssetId> id, int limit) {
        return translated("cannot read the audit trail", () -> audit.read(id, limit));
    }

    @Override
    public void exportAudit(Optional<AssetId> id, Optional<java.time.Instant> since, java.util.function.Consumer<AuditEntry> sink) {
        translated("cannot read the audit trail", () -> {
            audit.stream(id, since, sink);
            return null;
        });
    }

    @Override
    public AutoCloseable subscribe(ChangeListener listener) {
        return feed.subscribe(listener);
    }

    long count(boolean trashed) {
        return translated("cannot count assets", () -> assets.countDocuments(Filters.eq(AssetDocuments.TRASHED, trashed)));
    }

    /** Plays another writer in tests: runs before each versioned write. */
    void beforeEachWrite(Runnable hook) {
        edits.beforeWrite = hook;
    }

    private static List<Asset> load(FindIterable<Document> found) {
        List<Asset> out = new ArrayList<>();
        found.forEach(d -> out.add(AssetDocuments.fromDocument(d)));
        return out;
    }
}
