package io.mediadesk.library.store.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import io.mediadesk.library.asset.AssetId;
import io.mediadesk.library.store.AuditEntry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;

/**
 * The {@code audit} collection: one document per change, keyed by a sequence number drawn from a
 * counter in {@code meta} by an atomic {@code $inc} (a batch of new assets reserves a block), so
 * numbers are unique across team members and order the trail newest first. An entry is written right
 * after the asset's own update, not in the same transaction (there is none): a crash between the
 * two can leave at most the one change in flight unaudited.
 */
final class AuditTrail {
    private final MongoCollection<Document> audit;
    private final MongoCollection<Document> meta;
    private final String actor;

    AuditTrail(MongoDatabase db, String actor) {
        this.audit = db.getCollection(CollectionNames.AUDIT);
        this.meta = db.getCollection(CollectionNames.META);
        this.actor = actor;
    }

    String actor() {
        return actor;
    }

    /** Reserves {@code count} sequence numbers and returns the first. */
    long reserve(int count) {
        Document counter = meta.findOneAndUpdate(Filters.eq("_id", "auditSequence"), Updates.inc("last", (long) count),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
        return ((Number) counter.get("last")).longValue() - count + 1;
    }

    /**
     * Writes one entry for a change that has just committed. Its number is drawn now, after the
     * change, so the trail's order is the order changes were committed, also between team members.
     */
    void append(Instant at, String action, AssetId asset, String detail) {
        audit.insertOne(entry(reserve(1), at, action, asset, detail));
    }

    void writeAll(List<Document> entries) {
        if (!entries.isEmpty()) audit.insertMany(entries);
    }

    Document entry(long seq, Instant at, String action, AssetId asset, String detail) {
        Document d = new Document("_id", seq).append("at", MetaValues.date(at)).append("actor", actor).append("action", action);
        if (asset != null) d.append("assetId", asset.value());
        return d.append("detail", detail);
    }

    /** Streams entries oldest first through the driver's cursor (batches, not the whole trail). */
    void stream(Optional<AssetId> id, Optional<Instant> since, java.util.function.Consumer<AuditEntry> sink) {
        List<org.bson.conversions.Bson> filters = new ArrayList<>();
        id.ifPresent(a -> filters.add(Filters.eq("assetId", a.value())));
        since.ifPresent(s -> filters.add(Filters.gte("at", MetaValues.date(s))));
        audit.find(filters.isEmpty() ? FilterCompiler.TRUE : Filters.and(filters)).sort(Sorts.ascending("_id")).batchSize(1000)
                .forEach(d -> sink.accept(entry(d)));
    }

    private static AuditEntry entry(Document d) {
        return new AuditEntry(((Number) d.get("_id")).longValue(), d.get("at", Date.class).toInstant(), d.getString("actor"),
                d.getString("action"), Optional.ofNullable(d.getString("assetId")), d.getString("detail"));
    }

    List<AuditEntry> read(Optional<AssetId> id, int limit) {
        List<AuditEntry> out = new ArrayList<>();
        audit.find(id.map(a -> Filters.eq("assetId", a.value())).orElse(FilterCompiler.TRUE))
                .sort(Sorts.descending("_id")).limit(limit)
                .forEach(d -> out.add(new AuditEntry(((Number) d.get("_id")).longValue(), d.get("at", Date.class).toInstant(),
                        d.getString("actor"), d.getString("action"), Optional.ofNullable(d.getString("assetId")), d.getString("detail"))));
        return out;
    }
}
