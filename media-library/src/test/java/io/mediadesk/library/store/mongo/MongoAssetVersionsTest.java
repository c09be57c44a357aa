package io.mediadesk.library.store.mongo;

import static io.mediadesk.library.fixture.AssetBuilder.asset;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import io.mediadesk.library.asset.AssetVersion;
import io.mediadesk.library.fixture.MongoTestServer;
import io.mediadesk.library.fixture.SmallLibrary;
import io.mediadesk.library.store.Actor;
import io.mediadesk.library.store.AssetVersionsContract;
import io.mediadesk.library.store.AuditEntry;
import io.mediadesk.library.store.Catalog;
import io.mediadesk.library.store.ConcurrentChangeException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The versions contract on MongoDB over the wire, plus what only this adapter has: versions
 * embedded in the asset document, written under its version check, and the schema 4 to 5 step.
 */
class MongoAssetVersionsTest extends AssetVersionsContract {
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

    private com.mongodb.client.MongoDatabase rawDb() {
        if (raw == null) raw = MongoClients.create(server.uri("team"));
        return raw.getDatabase("team");
    }

    @Test
    void theVersionsLiveInTheAssetDocumentOldestFirst() {
        repo.add(asset(1).build(), Map.of());
        repo.replaceContent(id(1), content(5));
        Document d = rawDb().getCollection("assets").find(Filters.eq("_id", id(1).value())).first();
        assertThat(d.getList("versions", Document.class)).extracting(v -> v.getString("contentHash")).containsExactly(hash(1), hash(5));
        assertThat(d.getLong("version")).isEqualTo(2L);
    }

    @Test
    void aReplaceRacingAnotherTeamMemberRetriesAndKeepsBothVersions() {
        repo.add(asset(1).build(), Map.of());
        try (Catalog other = open(new Actor("bob"), SmallLibrary.NOW)) {
            AtomicInteger raced = new AtomicInteger();
            ((MongoAssetRepository) repo).beforeEachWrite(() -> {
                if (raced.getAndIncrement() == 0) other.assets().replaceContent(id(1), content(7));
            });
            repo.replaceContent(id(1), content(5));
            assertThat(raced.get()).isEqualTo(2);
        }
        List<AssetVersion> versions = repo.versions(id(1));
        assertThat(versions).extracting(AssetVersion::contentHash).containsExactly(hash(5), hash(7), hash(1));
        assertThat(versions).extracting(v -> v.actor().orElse("-")).containsExactly("alice (mediadesk)", "bob", "-");
        assertThat(repo.audit(Optional.of(id(1)), 10)).extracting(AuditEntry::actor)
                .containsExactly("alice (mediadesk)", "bob", "alice (mediadesk)");
    }

    @Test
    void aReplaceThatKeepsLosingTheRaceGivesUpAndWritesNothingOfItsOwn() {
        repo.add(asset(1).build(), Map.of());
        try (Catalog other = open(new Actor("bob"), SmallLibrary.NOW)) {
            AtomicInteger n = new AtomicInteger();
            ((MongoAssetRepository) repo).beforeEachWrite(() -> other.assets().addTags(List.of(id(1)),
                    List.of(io.mediadesk.library.asset.Tag.of("bob" + n.incrementAndGet()))));
            assertThatThrownBy(() -> repo.replaceContent(id(1), content(5))).isInstanceOf(ConcurrentChangeException.class)
                    .hasMessageContaining(id(1).value()).hasMessageContaining("nothing was changed");
        }
        assertThat(repo.find(id(1)).orElseThrow().contentHash()).isEqualTo(hash(1));
        assertThat(repo.versions(id(1))).extracting(AssetVersion::number).containsExactly(1);
        assertThat(repo.audit(Optional.of(id(1)), 10)).extracting(AuditEntry::action).doesNotContain("content.replace");
    }

    @Test
    void aSchema4CatalogMovesToTheLatestAndItsAssetsKeepOneImplicitVersion() {
        repo.add(asset(1).build(), Map.of());
        catalog.close();
        rawDb().getCollection("meta").updateOne(Filters.eq("_id", "schema"), Updates.set("version", 4));
        catalog = open(new Actor("alice"), SmallLibrary.NOW);
        repo = catalog.assets();
        assertThat(catalog.schemaVersion()).isEqualTo(MongoCatalog.LATEST);
        assertThat(rawDb().getCollection("meta").find(Filters.eq("_id", "schema")).first().getInteger("version")).isEqualTo(MongoCatalog.LATEST);
        assertThat(repo.versions(id(1))).extracting(AssetVersion::number, AssetVersion::contentHash)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, hash(1)));
    }
}
