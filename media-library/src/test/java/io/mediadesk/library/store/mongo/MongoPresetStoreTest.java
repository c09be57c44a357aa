package io.mediadesk.library.store.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.mediadesk.library.fixture.MongoTestServer;
import io.mediadesk.library.preset.Presets;
import io.mediadesk.library.store.Actor;
import io.mediadesk.library.store.Catalog;
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
                    .isEqualTo(3);
        }
    }
}
