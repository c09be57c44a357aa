package io.mediadesk.library.store.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import io.mediadesk.library.InvalidValueException;
import io.mediadesk.library.LibraryException;
import io.mediadesk.library.asset.Asset;
import io.mediadesk.library.asset.AssetId;
import io.mediadesk.library.asset.AssetVersion;
import io.mediadesk.library.asset.EmbeddedMetadata;
import io.mediadesk.library.event.ChangeFeed;
import io.mediadesk.library.event.LibraryChange;
import io.mediadesk.library.store.ConcurrentChangeException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Replacing and restoring an asset's content with its versions (schema 5) embedded in the asset's
 * document as {@code versions}, oldest first, each with the embedded metadata its file said: the new content and the grown list are written in one
 * single-document update that only lands if the document's {@code version} is still the one read.
 * A writer that lost the race reads again and retries, so two team members replacing the same asset
 * at once both get a version; after {@link VersionedEdits#ATTEMPTS} lost races it gives up with a
 * {@link ConcurrentChangeException} and nothing of its change is written. A document without
 * {@code versions} (never replaced, or written before schema 5) has one implicit version 1.
 */
final class ContentVersions {
    static final String VERSIONS = "versions";

    private final MongoCollection<Document> assets;
    private final AuditTrail audit;
    private final String actor;
    private final Clock clock;
    private final ChangeFeed feed;
    private final Supplier<Runnable> beforeWrite;

    ContentVersions(MongoCollection<Document> assets, AuditTrail audit, String actor, Clock clock, ChangeFeed feed,
            Supplier<Runnable> beforeWrite) {
        this.assets = assets;
        this.audit = audit;
        this.actor = actor;
        this.clock = clock;
        this.feed = feed;
        this.beforeWrite = beforeWrite;
    }

    /** An asset's versions, newest first, with the implicit first one when none is stored. */
    List<AssetVersion> versions(AssetId id) {
        return read(id).versions;
    }

    Asset replace(AssetId id, Asset content) {
        return write(id, "replaced", cur -> {
            int number = cur.versions.get(0).number() + 1;
            return new Next(content, number, "content.replace", "version " + number + " sha256:" + content.contentHash());
        });
    }

    Asset restore(AssetId id, int number) {
        return write(id, "restored", cur -> {
            int latest = cur.versions.get(0).number();
            AssetVersion old = cur.versions.stream().filter(v -> v.number() == number).findFirst()
                    .orElseThrow(() -> new InvalidValueException("version", "missing",
                            "asset " + id + " has no version " + number + " (its versions are 1.." + latest + ")"));
            if (number == latest) {
                throw new InvalidValueException("version", "current", "version " + number + " of " + id + " is its current content already");
            }
            Asset content = old.applyTo(cur.asset, embedded(cur.raw.stream()
                    .filter(r -> ((Number) r.get("number")).intValue() == number).findFirst().orElseThrow()));
            return new Next(content, latest + 1, "version.restore",
                    "version " + number + " as version " + (latest + 1) + " sha256:" + content.contentHash());
        });
    }

    /** @param raw the stored version documents, oldest first (with the implicit first one when none is stored) */
    private record Current(Asset asset, long version, List<AssetVersion> versions, List<Document> raw) {
    }

    private record Next(Asset content, int number, String action, String detail) {
    }

    private interface Plan {
        Next next(Current cur);
    }

    private Asset write(AssetId id, String what, Plan plan) {
        for (int attempt = 0; attempt < VersionedEdits.ATTEMPTS; attempt++) {
            Current cur = read(id);
            Next next = plan.next(cur);
            Instant now = clock.instant();
            List<Document> all = new ArrayList<>(cur.raw);
            all.add(toDocument(AssetVersion.of(next.number, next.content, now, Optional.of(actor)), next.content.embedded()));
            Asset c = next.content;
            List<Bson> sets = new ArrayList<>(List.of(Updates.set(AssetDocuments.CONTENT_HASH, c.contentHash()),
                    Updates.set("size", c.size()), Updates.set("width", c.width()), Updates.set("height", c.height()),
                    Updates.set("format", c.format()), Updates.set("hasAlpha", c.hasAlpha()),
                    Updates.set("orientation", c.orientation()),
                    c.perceptualHash().isPresent() ? Updates.set(AssetDocuments.PHASH, c.perceptualHash().get())
                            : Updates.unset(AssetDocuments.PHASH),
                    Updates.set(AssetDocuments.EMBEDDED, MetaValues.toDocument(c.embedded().asValues())),
                    Updates.set(VERSIONS, all), VersionedEdits.touch(now)));
            beforeWrite.get().run();
            Document done = assets.findOneAndUpdate(
                    Filters.and(Filters.eq(AssetDocuments.ID, id.value()), Filters.eq(AssetDocuments.VERSION, cur.version)),
                    Updates.combine(sets), new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
            if (done == null) continue;
            audit.append(now, next.action, id, next.detail);
            feed.publish(new LibraryChange(LibraryChange.Kind.UPDATED, List.of(id)));
            return AssetDocuments.fromDocument(done);
        }
        throw new ConcurrentChangeException("asset " + id + " was changed by someone else " + VersionedEdits.ATTEMPTS
                + " times while its content was being " + what + "; nothing was changed; run it again");
    }

    private Current read(AssetId id) {
        Document d = assets.find(Filters.eq(AssetDocuments.ID, id.value())).first();
        if (d == null) throw new LibraryException("there is no asset " + id);
        Asset asset = AssetDocuments.fromDocument(d);
        List<Document> raw = new ArrayList<>(d.getList(VERSIONS, Document.class, List.of()));
        if (raw.isEmpty()) raw.add(toDocument(AssetVersion.first(asset), asset.embedded()));
        List<AssetVersion> versions = new ArrayList<>();
        for (Document v : raw) versions.add(0, fromDocument(v));
        return new Current(asset, AssetDocuments.version(d), List.copyOf(versions), List.copyOf(raw));
    }

    private static EmbeddedMetadata embedded(Document version) {
        return EmbeddedMetadata.fromValues(MetaValues.fromDocument(version.get(AssetDocuments.EMBEDDED, Document.class)));
    }

    private static Document toDocument(AssetVersion v, EmbeddedMetadata embedded) {
        Document d = new Document("number", v.number()).append("contentHash", v.contentHash()).append("size", v.size())
                .append("width", v.width()).append("height", v.height()).append("format", v.format())
                .append("hasAlpha", v.hasAlpha()).append("orientation", v.orientation());
        v.perceptualHash().ifPresent(p -> d.append("phash", p));
        d.append("createdAt", MetaValues.date(v.createdAt()));
        v.actor().ifPresent(a -> d.append("actor", a));
        return d.append(AssetDocuments.EMBEDDED, MetaValues.toDocument(embedded.asValues()));
    }

    private static AssetVersion fromDocument(Document d) {
        return new AssetVersion(((Number) d.get("number")).intValue(), d.getString("contentHash"),
                ((Number) d.get("size")).longValue(), ((Number) d.get("width")).intValue(), ((Number) d.get("height")).intValue(),
                d.getString("format"), d.getBoolean("hasAlpha", false), ((Number) d.get("orientation")).intValue(),
                Optional.ofNullable((Number) d.get("phash")).map(Number::longValue), d.get("createdAt", Date.class).toInstant(),
                Optional.ofNullable(d.getString("actor")));
    }
}
