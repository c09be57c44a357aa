package io.mediadesk.library.store.mongo;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.MongoException;
import com.mongodb.MongoSecurityException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import io.mediadesk.library.LibraryException;
import io.mediadesk.library.store.AssetRepository;
import io.mediadesk.library.store.Catalog;
import io.mediadesk.library.store.CatalogLocation;
import java.util.concurrent.TimeUnit;
import org.bson.Document;

/**
 * The MongoDB catalog. The schema version lives in one document of the {@code meta} collection
 * and moves forward with a single atomic update, so two team members starting a newer build at
 * once run each migration once.
 */
public final class MongoCatalog implements Catalog {
    static final String DEFAULT_DATABASE = "mediadesk";
    static final int LATEST = 1;

    private final MongoClient client;
    private final MongoDatabase database;
    private final String description;
    private final int schemaVersion;

    private MongoCatalog(MongoClient client, MongoDatabase database, String description, int schemaVersion) {
        this.client = client;
        this.database = database;
        this.description = description;
        this.schemaVersion = schemaVersion;
    }

    public static MongoCatalog connect(String uri) {
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
            return new MongoCatalog(client, db, description, version);
        } catch (MongoException e) {
            client.close();
            throw translate("cannot open the catalog on " + description, e);
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
            Indexes.declare(db);
            db.getCollection("meta").updateOne(Filters.and(Filters.eq("_id", "schema"), Filters.lt("version", LATEST)),
                    Updates.set("version", LATEST));
        }
        return LATEST;
    }

    static LibraryException translate(String what, MongoException e) {
        if (e instanceof MongoTimeoutException) {
            return new LibraryException(what + ": the server did not answer within 5 s (is it running and reachable?)", e);
        }
        if (e instanceof MongoSecurityException) {
            return new LibraryException(what + ": authentication failed; check the user and password in --library-uri", e);
        }
        return new LibraryException(what + ": " + e.getMessage(), e);
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public int schemaVersion() {
        return schemaVersion;
    }

    @Override
    public long countAssets() {
        try {
            return database.getCollection("assets").countDocuments();
        } catch (MongoException e) {
            throw translate("cannot count assets", e);
        }
    }

    /**
     * Not yet: the MongoDB adapter of {@link AssetRepository} is its own issue. Refusing here, with
     * a way out, beats a half-working catalog that loses records.
     */
    @Override
    public AssetRepository assets() {
        throw new LibraryException("the MongoDB catalog does not store assets yet; "
                + "leave --library-uri out to use the embedded catalog");
    }

    @Override
    public void close() {
        client.close();
    }
}
