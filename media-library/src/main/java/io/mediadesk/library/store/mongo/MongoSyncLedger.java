package io.mediadesk.library.store.mongo;

import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import io.mediadesk.library.store.BaseRecord;
import io.mediadesk.library.store.JournalRecord;
import io.mediadesk.library.store.SyncLedger;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;

/**
 * {@link SyncLedger} in the MongoDB catalog (schema 6), for a replica set without multi-document
 * transactions: every call is one single-document atomic write (or two, where said), durable when
 * it returns with the driver's default write concern.
 * <ul>
 * <li>{@code syncBase}: one document per synced item, {@code _id} the local id. A remote file pairs
 * with one local item at a time, so {@link #putBase} first deletes any other document with its
 * remote id, then replaces its own: a crash between the two leaves the item without a base row,
 * which the next run pairs again by content hash, never two rows for one remote file.</li>
 * <li>{@code syncVersions}: {@code _id} {@code remoteId/versionId}, the local content hash it holds.</li>
 * <li>{@code syncJournal}: {@code _id} the step's sequence number, drawn from the counter document
 * {@code meta/syncJournalSequence} by an atomic {@code $inc} before the step is written, so numbers
 * are unique and ordered across team members' machines.</li>
 * <li>{@code meta/syncLease}: the one lease, taken by a single {@code findOneAndUpdate} whose filter
 * holds only when the lease is ours or has expired, with upsert; when another owner holds an
 * unexpired lease the filter misses and the upsert's insert hits the {@code _id}: duplicate key,
 * refused. So two owners racing for it cannot both win.</li>
 * </ul>
 * Which sync runs write here is the lease's job; the lease times are the caller's clock, as in SQLite.
 */
final class MongoSyncLedger implements SyncLedger {
    static final String LEASE_ID = "syncLease";
    static final String SEQUENCE_ID = "syncJournalSequence";
    private static final int MAX_NUMBER_ATTEMPTS = 20;
    private static final List<String> OPEN = List.of("begun", "unknown");

    private final MongoCollection<Document> base;
    private final MongoCollection<Document> versions;
    private final MongoCollection<Document> journal;
    private final MongoCollection<Document> meta;

    MongoSyncLedger(MongoDatabase db) {
        this.base = db.getCollection(CollectionNames.SYNC_BASE);
        this.versions = db.getCollection(CollectionNames.SYNC_VERSIONS);
        this.journal = db.getCollection(CollectionNames.SYNC_JOURNAL);
        this.meta = db.getCollection(CollectionNames.META);
    }

    @Override
    public List<BaseRecord> base() {
        return MongoErrors.translated("cannot read the sync base", () -> {
            List<BaseRecord> out = new ArrayList<>();
            base.find().batchSize(1000).forEach(d -> out.add(record(d)));
            return out;
        });
    }

    private static BaseRecord record(Document d) {
        Date updated = d.getDate("remoteUpdated");
        return new BaseRecord(d.getString("_id"), d.getString("remoteId"), d.getString("path"), d.getString("contentHash"),
                d.getString("versionId"), ((Number) d.get("size")).longValue(),
                updated == null ? Optional.empty() : Optional.of(updated.toInstant()), d.getList("tags", String.class, List.of()),
                d.getString("metadata"), Optional.ofNullable(d.getString("coordinates")));
    }

    private static Document document(BaseRecord r) {
        Document d = new Document("_id", r.localId()).append("remoteId", r.remoteId()).append("path", r.path())
                .append("contentHash", r.contentHash()).append("versionId", r.versionId()).append("size", r.size());
        r.remoteUpdated().ifPresent(u -> d.append("remoteUpdated", MetaValues.date(u)));
        d.append("tags", r.tags()).append("metadata", r.metadataJson());
        r.coordinates().ifPresent(c -> d.append("coordinates", c));
        return d;
    }

    @Override
    public void putBase(BaseRecord r) {
        MongoErrors.translated("cannot record the sync base of " + r.path(), () -> {
            base.deleteMany(Filters.and(Filters.eq("remoteId", r.remoteId()), Filters.ne("_id", r.localId())));
            base.replaceOne(Filters.eq("_id", r.localId()), document(r), new ReplaceOptions().upsert(true));
            return null;
        });
    }

    @Override
    public void forgetBase(String localId) {
        MongoErrors.translated("cannot forget the sync base of " + localId, () -> base.deleteOne(Filters.eq("_id", localId)));
    }

    @Override
    public Map<String, String> versionHashes() {
        return MongoErrors.translated("cannot read the sync versions", () -> {
            Map<String, String> out = new HashMap<>();
            versions.find().batchSize(1000).forEach(d -> out.put(d.getString("_id"), d.getString("contentHash")));
            return out;
        });
    }

    @Override
    public void putVersionHash(String remoteId, String versionId, String contentHash) {
        String key = remoteId + "/" + versionId;
        MongoErrors.translated("cannot record version " + versionId, () -> versions.replaceOne(Filters.eq("_id", key),
                new Document("_id", key).append("remoteId", remoteId).append("versionId", versionId).append("contentHash", contentHash),
                new ReplaceOptions().upsert(true)));
    }

    @Override
    public long begin(JournalRecord s) {
        return MongoErrors.translated("cannot write the sync journal", () -> {
            // A duplicate key is retried with the next number: two first upserts of the counter may
            // collide, and a server whose findAndModify is not atomic (mongo-java-server, seen in
            // SyncKillTest) may hand one number out twice. Numbers stay unique, increasing and unreused.
            for (int attempt = 1; ; attempt++) {
                try {
                    Document counter = meta.findOneAndUpdate(Filters.eq("_id", SEQUENCE_ID), Updates.inc("last", 1L),
                            new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
                    long seq = ((Number) counter.get("last")).longValue();
                    journal.insertOne(new Document("_id", seq).append("run", s.run()).append("action", s.action())
                            .append("localId", s.localId()).append("remoteId", s.remoteId()).append("path", s.path())
                            .append("contentHash", s.contentHash()).append("size", s.size()).append("state", s.state())
                            .append("at", MetaValues.date(s.at())));
                    return seq;
                } catch (MongoException e) {
                    if (!MongoErrors.duplicateKey(e) || attempt == MAX_NUMBER_ATTEMPTS) throw e;
                }
            }
        });
    }

    @Override
    public void finish(long seq, String state, String detail) {
        MongoErrors.translated("cannot write the sync journal", () -> journal.updateOne(Filters.eq("_id", seq),
                Updates.combine(Updates.set("state", state), Updates.set("detail", detail))));
    }

    @Override
    public List<JournalRecord> unsettled() {
        return MongoErrors.translated("cannot read the sync journal", () -> {
            List<JournalRecord> out = new ArrayList<>();
            journal.find(Filters.in("state", OPEN)).sort(Sorts.ascending("_id")).forEach(d -> out.add(new JournalRecord(
                    ((Number) d.get("_id")).longValue(), d.getString("run"), d.getString("action"), d.getString("localId"),
                    d.getString("remoteId"), d.getString("path"), d.getString("contentHash"), ((Number) d.get("size")).longValue(),
                    d.getString("state"), d.getDate("at").toInstant())));
            return out;
        });
    }

    /**
     * Two writes, as SQLite's one transaction does them: open steps settled, then older runs'
     * finished steps dropped. A crash between leaves settled steps to drop next time, nothing open.
     */
    @Override
    public void settle(String state, String currentRun) {
        MongoErrors.translated("cannot settle the sync journal", () -> {
            journal.updateMany(Filters.in("state", OPEN), Updates.set("state", state));
            journal.deleteMany(Filters.and(Filters.ne("run", currentRun), Filters.nin("state", OPEN)));
            return null;
        });
    }

    @Override
    public boolean acquireLease(String owner, Instant now, Duration ttl) {
        try {
            Document taken = meta.findOneAndUpdate(
                    Filters.and(Filters.eq("_id", LEASE_ID),
                            Filters.or(Filters.eq("owner", owner), Filters.lte("expiresAt", MetaValues.date(now)))),
                    Updates.combine(Updates.set("owner", owner), Updates.set("expiresAt", MetaValues.date(now.plus(ttl)))),
                    new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
            return taken != null && owner.equals(taken.getString("owner"));
        } catch (MongoException e) {
            // Another owner holds an unexpired lease: the filter missed and the upsert met its _id.
            if (MongoErrors.duplicateKey(e)) return false;
            throw MongoErrors.translate("cannot take the sync lease", e);
        }
    }

    @Override
    public void releaseLease(String owner) {
        MongoErrors.translated("cannot release the sync lease",
                () -> meta.deleteOne(Filters.and(Filters.eq("_id", LEASE_ID), Filters.eq("owner", owner))));
    }
}
