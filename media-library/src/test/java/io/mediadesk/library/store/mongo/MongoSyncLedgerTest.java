package io.mediadesk.library.store.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import io.mediadesk.library.fixture.MongoTestServer;
import io.mediadesk.library.store.Actor;
import io.mediadesk.library.store.BaseRecord;
import io.mediadesk.library.store.Catalog;
import io.mediadesk.library.store.JournalRecord;
import io.mediadesk.library.store.SyncLedgerContract;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The sync ledger contract on MongoDB over the wire (mongo-java-server), plus the documents it
 * writes: the journal's counter in {@code meta}, one document per step keyed by its number, the
 * lease as one {@code meta} document, the unique remote id of the base, and the v5 -> v6 migration.
 */
class MongoSyncLedgerTest extends SyncLedgerContract {
    private MongoTestServer server;
    private MongoClient raw;

    @Override
    protected Catalog open(Actor actor, Clock clock) {
        if (server == null) server = MongoTestServer.start();
        return MongoCatalog.connect(server.uri("team"), actor, clock);
    }

    @AfterEach
    void stopServer() {
        if (raw != null) raw.close();
        server.close();
    }

    private MongoDatabase rawDb() {
        if (raw == null) raw = MongoClients.create(server.uri("team"));
        return raw.getDatabase("team");
    }

    @Test
    void journalNumbersComeFromOneCounterDocumentAndSettleDropsOlderRunsSteps() {
        long a = ledger.begin(JournalRecord.begin("run1", "upload", "a1", null, "/a.jpg", "h1", 10, T));
        long b = ledger.begin(JournalRecord.begin("run1", "upload", "a2", null, "/b.jpg", "h2", 10, T));
        ledger.finish(a, "done", "");
        assertThat(rawDb().getCollection("meta").find(Filters.eq("_id", "syncJournalSequence")).first().get("last")).isEqualTo(2L);
        assertThat(List.of(a, b)).containsExactly(1L, 2L);
        Document step = rawDb().getCollection("syncJournal").find(Filters.eq("_id", 2L)).first();
        assertThat(step.getString("state")).isEqualTo("begun");
        assertThat(step.getString("path")).isEqualTo("/b.jpg");
        assertThat(step.getDate("at")).isEqualTo(Date.from(T));

        long c = ledger.begin(JournalRecord.begin("run2", "upload", "a3", null, "/c.jpg", "h3", 10, T));
        ledger.finish(c, "done", "");
        ledger.settle("recovered", "run2");
        // run1's steps (the done one, and the open one just settled) are dropped; run2's finished step stays.
        List<Object> left = new ArrayList<>();
        rawDb().getCollection("syncJournal").find().forEach(d -> left.add(d.get("_id")));
        assertThat(left).containsExactly(3L);
    }

    @Test
    void theLeaseIsOneMetaDocumentThatAReleaseRemoves() {
        assertThat(ledger.acquireLease("one", T, Duration.ofSeconds(60))).isTrue();
        Document lease = rawDb().getCollection("meta").find(Filters.eq("_id", "syncLease")).first();
        assertThat(lease.getString("owner")).isEqualTo("one");
        assertThat(lease.getDate("expiresAt")).isEqualTo(Date.from(T.plusSeconds(60)));
        assertThat(another().acquireLease("two", T.plusSeconds(1), Duration.ofSeconds(60))).isFalse();
        assertThat(rawDb().getCollection("meta").find(Filters.eq("_id", "syncLease")).first().getString("owner")).isEqualTo("one");
        ledger.releaseLease("one");
        assertThat(rawDb().getCollection("meta").find(Filters.eq("_id", "syncLease")).first()).isNull();
    }

    @Test
    void aRemoteIdIsUniqueInTheBaseCollection() {
        ledger.putBase(new BaseRecord("a1", "r1", "/a.jpg", "h1", "v1", 1, Optional.empty(), List.of(), "{}", Optional.empty()));
        assertThatThrownBy(() -> rawDb().getCollection("syncBase").insertOne(new Document("_id", "a2").append("remoteId", "r1")))
                .isInstanceOf(MongoWriteException.class).hasMessageContaining("duplicate key");
    }

    @Test
    void aVersionFiveCatalogMovesToSixAndCanSync() {
        catalog.close();
        rawDb().getCollection("meta").updateOne(Filters.eq("_id", "schema"), Updates.set("version", 5));
        rawDb().getCollection("syncBase").drop();
        catalog = open(new Actor("alice"), Clock.systemUTC());
        ledger = catalog.syncLedger();
        assertThat(catalog.schemaVersion()).isEqualTo(6);
        assertThat(rawDb().getCollection("meta").find(Filters.eq("_id", "schema")).first().getInteger("version")).isEqualTo(6);
        List<String> indexes = new ArrayList<>();
        rawDb().getCollection("syncBase").listIndexes().forEach(d -> indexes.add(d.getString("name")));
        assertThat(indexes).contains("remote_id");
        assertThat(ledger.acquireLease("one", T, Duration.ofSeconds(1))).isTrue();
    }
}
