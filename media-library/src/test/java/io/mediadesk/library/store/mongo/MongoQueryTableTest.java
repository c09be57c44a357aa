package io.mediadesk.library.store.mongo;

import io.mediadesk.library.asset.Asset;
import io.mediadesk.library.asset.Page;
import io.mediadesk.library.fixture.MongoTestServer;
import io.mediadesk.library.fixture.SmallLibrary;
import io.mediadesk.library.query.AssetQuery;
import io.mediadesk.library.query.QueryTableTest;
import io.mediadesk.library.store.Actor;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;

/** The hand-worked query table, answered by the MongoDB catalog over the wire. */
class MongoQueryTableTest extends QueryTableTest {
    private MongoTestServer server;
    private MongoCatalog catalog;

    @Override
    protected Function<AssetQuery, Page<Asset>> searcher() {
        if (catalog == null) {
            server = MongoTestServer.start();
            catalog = MongoCatalog.connect(server.uri("table"), new Actor("test"), SmallLibrary.NOW);
            SmallLibrary.fields().forEach(catalog.assets()::defineField);
            catalog.assets().addAll(SmallLibrary.assets());
        }
        return catalog.assets()::search;
    }

    @AfterEach
    void close() {
        if (catalog != null) catalog.close();
        if (server != null) server.close();
    }
}
