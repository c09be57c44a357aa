package io.mediadesk.library.store.mongo;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.MongoException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import io.mediadesk.library.LibraryException;
import io.mediadesk.library.store.Actor;
import io.mediadesk.library.store.AssetRepository;
import io.mediadesk.library.store.Catalog;
import io.mediadesk.library.store.CatalogLocation;
import io.mediadesk.library.store.Originals;
import io.mediadesk.library.store.PresetStore;
import io.mediadesk.library.store.SavedSearchStore;
import io.mediadesk.library.store.SyncLedger;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bson.Document;

/**
 * The MongoDB catalog. The schema version lives in one document of the {@code meta} collection
 * and moves forward with a single atomic update, so two team members starting a newer build at
 * once run each migration once.
 */
public final class MongoCatalog implements Catalog {
    static final String DEFAULT_DATABASE = "mediadesk";
    /**
     * 1: the meta document and the first indexes; 2: the asset adapter's collections, indexes and root
     * folder; 3: presets (unique name) and saved searches; 4: ratings and colour labels (indexes, and
     * every older asset document given {@code rating: 0, label: "none"} so filters need not treat a
     * missing field specially); 5: content versions inside the asset document; 6: the sync ledger
     * ({@link MongoSyncLedger}: its collections and indexes, nothing to rewrite).
     */
    static final int LATEST = 6;

    private final MongoClient client;
    private final String description;
    private final int schemaVersion;
    private final MongoAssetRepository assets;
    private final MongoPresetStore presets;
    private final MongoSavedSearchStore savedSearches;
    private final MongoSyncLedger syncLedger;
    private final MongoDatabase database;

    private MongoCatalog(MongoClient client, MongoDatabase database, String description, int schemaVersion, Actor actor,
            Clock clock) {
        this.client = client;
        this.description = description;
        this.schemaVersion = schemaVersion;
        this.assets = new MongoAssetRepository(database, actor, clock);
        this.presets = new MongoPresetStore(database, actor, clock);
        this.savedSearches = new MongoSavedSearchStore(database, actor, clock);
        this.syncLedger = new MongoSyncLedger(database);
        this.database = database;
    }

    public static MongoCatalog connect(String uri) {
        return connect(uri, Actor.currentUser(), Clock.systemUTC());
    }

    /** Connects with the audit trail's actor and the clock that stamps changes. */
    public static MongoCatalog connect(String uri, Actor actor, Clock clock) {
        ConnectionString cs;
        try {
            cs = new ConnectionString(uri);
        } catch (IllegalArgumentException e) {
            throw new LibraryException("invalid MongoDB URI " + CatalogLocation.redactedUri(uri) + ": " + e.getMessage(), e);
        }
        MongoClientSettings settings = MongoClientSettings.builder()
                .applyConnectionString(cs)
                // Fail in seconds, not the driver's 30 s default, when the server is down.
                .applyToClusterSettings(b -> b.serverSelectionTimeout(5, TimeUnit.SECONDS))
                .build();
        MongoClient client = MongoClients.create(settings);
        String dbName = cs.getDatabase() == null ? DEFAULT_DATABASE : cs.getDatabase();
        String description = "MongoDB " + String.join(",", cs.getHosts()) + "/" + dbName;
        try {
            MongoDatabase db = client.getDatabase(dbName);
            int version = migrate(db);
            MongoCatalog catalog = new MongoCatalog(client, db, description, version, actor, clock);
            catalog.assets.resumeFolderMoves(FolderMoves.STALE);
            return catalog;
        } catch (MongoException e) {
            client.close();
            throw MongoErrors.translate("cannot open the catalog on " + description, e);
        } catch (RuntimeException e) {
            // e.g. an interrupted folder move that cannot be finished now: say so, and leave no client open
            client.close();
            throw e;
        }
    }

    private static int migrate(MongoDatabase db) {
        Document meta = db.getCollection("meta").findOneAndUpdate(
                Filters.eq("_id", "schema"),
                Updates.setOnInsert("version", 0),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
        int current = meta == null ? 0 : meta.getInteger("version", 0);
        if (current > LATEST) {
            throw new LibraryException("this catalog has schema version " + current
                    + ", newer than this Mediadesk understands (" + LATEST + "); update Mediadesk");
        }
        if (current < LATEST) {
            // Every step is idempotent, so two team members migrating at once do no harm.
            Indexes.declare(db);
            FolderDocuments.createRoot(db);
            // v4, idempotent: only documents without the fields are touched (no version bump: nothing a person edited).
            db.getCollection(CollectionNames.ASSETS).updateMany(Filters.exists(AssetDocuments.RATING, false),
                    Updates.combine(Updates.set(AssetDocuments.RATING, 0), Updates.set(AssetDocuments.LABEL, "none")));
            // v4: tagWords for tags HAS, worked out in Java (NameWords) for each document lacking it.
            var assets = db.getCollection(CollectionNames.ASSETS);
            for (Document d : assets.find(Filters.exists(AssetDocuments.TAG_WORDS, false))
                    .projection(com.mongodb.client.model.Projections.include(AssetDocuments.TAGS, AssetDocuments.CUSTOM))) {
                List<io.mediadesk.library.asset.Tag> tags = d.getList(AssetDocuments.TAGS, String.class, List.of()).stream()
                        .map(io.mediadesk.library.asset.Tag::new).toList();
                assets.updateOne(Filters.eq("_id", d.get("_id")), Updates.combine(
                        Updates.set(AssetDocuments.TAG_WORDS, AssetDocuments.tagWords(tags)),
                        Updates.set(AssetDocuments.CUSTOM_WORDS, AssetDocuments.customWords(
                                MetaValues.fromDocument(d.get(AssetDocuments.CUSTOM, Document.class))))));
            }
            // v5: nothing to rewrite; an asset document without "versions" has one implicit version 1 (ContentVersions).
            // v6: nothing to rewrite; the sync ledger's collections are created by their indexes (Indexes) or first write.
            db.getCollection("meta").updateOne(Filters.and(Filters.eq("_id", "schema"), Filters.lt("version", LATEST)),
                    Updates.set("version", LATEST));
        }
        return LATEST;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public int schemaVersion() {
        return schemaVersion;
    }

    /** Assets outside the trash, as the SQLite catalog counts them. */
    @Override
    public long countAssets() {
        return assets.count(false);
    }

    @Override
    public AssetRepository assets() {
        return assets;
    }

    @Override
    public PresetStore presets() {
        return presets;
    }

    @Override
    public SavedSearchStore savedSearches() {
        return savedSearches;
    }

    @Override
    public SyncLedger syncLedger() {
        return syncLedger;
    }

    /** GridFS in this catalog's database, with the library folder as the cache ({@link GridFsOriginals}). */
    @Override
    public Originals originals(Originals local, String localWhere) {
        return new GridFsOriginals(database, description, local, localWhere);
    }

    @Override
    public void close() {
        client.close();
    }
}
