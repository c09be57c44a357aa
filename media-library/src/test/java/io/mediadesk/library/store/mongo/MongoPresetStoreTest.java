package io.mediadesk.library.store.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.mediadesk.library.fixture.MongoTestServer;
import io.mediadesk.library.preset.Presets;
import io.mediadesk.library.store.Actor;
import io.mediadesk.library.store.Catalog;
import io.mediadesk.library.store.ConcurrentChangeException;
import io.mediadesk.library.store.PresetChange;
import io.mediadesk.library.store.PresetStoreContract;
import java.time.Clock;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The preset and saved-search contract on MongoDB over the wire (mongo-java-server), plus the
 * document shape: one document per preset holding its history, a version field.
 */
class MongoPresetStoreTest extends PresetStoreContract {
    private MongoTestServer server;

    @Override
    protected Catalog open(Actor actor, Clock clock) {
        if (server == null) server = MongoTestServer.start();
        return MongoCatalog.connect(server.uri("team"), actor, clock);
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void twoTeamMembersEditingTheSameVersionCannotOverwriteEachOther() {
        Presets alice = new Presets(catalog.presets());
        alice.set("thumb", "w-150");
        try (Catalog bobsCatalog = MongoCatalog.connect(server.uri("team"), new Actor("bob"), Clock.systemUTC())) {
            Presets bob = new Presets(bobsCatalog.presets());
            int bothRead = bob.get("thumb").version();
            assertThat(alice.get("thumb").version()).isEqualTo(bothRead);
            bob.set("thumb", "w-200", "", bothRead);
            assertThatThrownBy(() -> alice.set("thumb", "w-300", "", bothRead)).isInstanceOf(ConcurrentChangeException.class);
            // The store itself refuses too, when the rules' read raced past: the write is conditional on the version.
            assertThatThrownBy(() -> catalog.presets().change("thumb", bothRead,
                    new PresetChange("preset.update", "updated", "thumb", "w-300", "", false)))
                    .isInstanceOf(ConcurrentChangeException.class);
            assertThat(alice.get("thumb").transformation()).isEqualTo("w-200");
            assertThat(alice.history("thumb")).extracting(v -> v.actor().name()).containsExactly("alice (mediadesk)", "bob");
        }
    }

    @Test
    void aPresetIsOneDocumentWithItsHistoryAndAVersionField() {
        new Presets(catalog.presets()).set("thumb", "w-150");
        new Presets(catalog.presets()).rename("thumb", "small");
        try (MongoClient raw = MongoClients.create(server.uri("team"))) {
            List<Document> docs = raw.getDatabase("team").getCollection("presets").find().into(new java.util.ArrayList<>());
            assertThat(docs).hasSize(1);
            Document d = docs.get(0);
            assertThat(d.getString("name")).isEqualTo("small");
            assertThat(d.getInteger("version")).isEqualTo(2);
            assertThat(d.getList("history", Document.class)).extracting(h -> h.getString("name")).containsExactly("thumb", "small");
            assertThat(raw.getDatabase("team").getCollection("meta").find(new Document("_id", "schema")).first().getInteger("version"))
                    .isEqualTo(MongoCatalog.LATEST);
        }
    }
}
