package io.mediadesk.library.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.mediadesk.library.asset.Asset;
import io.mediadesk.library.asset.AssetId;
import io.mediadesk.library.asset.Page;
import io.mediadesk.library.fixture.MongoTestServer;
import io.mediadesk.library.fixture.RandomLibrary;
import io.mediadesk.library.fixture.SmallLibrary;
import io.mediadesk.library.query.AssetQuery;
import io.mediadesk.library.query.Query;
import io.mediadesk.library.query.QueryEvaluator;
import io.mediadesk.library.query.QueryParser;
import io.mediadesk.library.query.RandomQueries;
import io.mediadesk.library.query.SortKey;
import io.mediadesk.library.store.mongo.MongoCatalog;
import io.mediadesk.library.store.sqlite.SqliteCatalog;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Thousands of seeded random queries over a seeded random library, loaded into SQLite and into
 * MongoDB (over the wire, mongo-java-server): both must return exactly what the reference
 * evaluator returns, in the same order, page by page. A failure names the store, the seed, the
 * query and the page so it can be replayed alone ({@code -Ddifferential.seed=...}).
 */
class DifferentialTest {
    private static final long SEED = Long.getLong("differential.seed", 20240531L);
    private static final int QUERIES = Integer.getInteger("differential.queries", 3000);

    @TempDir
    Path tmp;

    private MongoTestServer server;

    @AfterEach
    void stop() {
        if (server != null) server.close();
    }

    /** The two stores, each opened fresh and seeded with {@code assets}; closed by the caller. */
    private Map<String, Catalog> stores(String name, List<Asset> assets) {
        if (server == null) server = MongoTestServer.start();
        Map<String, Catalog> stores = Map.of(
                "SQLite", SqliteCatalog.open(tmp.resolve(name + ".db"), new Actor("test"), SmallLibrary.NOW),
                "MongoDB", MongoCatalog.connect(server.uri(name), new Actor("test"), SmallLibrary.NOW));
        for (Catalog c : stores.values()) {
            SmallLibrary.fields().forEach(c.assets()::defineField);
            c.assets().addAll(assets);
        }
        return stores;
    }

    @Test
    void everyStoreAndTheReferenceEvaluatorAgreeOnEveryRandomQuery() {
        List<Asset> assets = RandomLibrary.assets(SEED, 400);
        QueryParser parser = new QueryParser(SmallLibrary.NOW);
        Random r = new Random(SEED);
        RandomQueries queries = new RandomQueries(r, assets);
        int nonEmpty = 0;
        Map<String, Catalog> stores = stores("search", assets);
        try {
            for (int i = 0; i < QUERIES; i++) {
                String text = queries.query();
                Query q = parser.parse(text);
                AssetQuery aq = new AssetQuery(q, SortKey.values()[r.nextInt(SortKey.values().length)], r.nextInt(3) == 0 ? r.nextInt(20) : 0,
                        1 + r.nextInt(r.nextBoolean() ? 10 : 500), r.nextInt(8) == 0 ? AssetQuery.Scope.TRASHED : AssetQuery.Scope.ACTIVE);
                Page<Asset> expected = QueryEvaluator.search(assets, aq);
                String context = "seed " + SEED + ", query #" + i + ": " + text + " sort " + aq.sort() + " skip " + aq.skip()
                        + " limit " + aq.limit() + " " + aq.scope();
                stores.forEach((store, catalog) -> {
                    Page<Asset> actual = catalog.assets().search(aq);
                    assertThat(ids(actual.items())).as(store + ", " + context).isEqualTo(ids(expected.items()));
                    assertThat(actual.more()).as(store + ", " + context).isEqualTo(expected.more());
                });
                if (!expected.items().isEmpty()) nonEmpty++;
            }
        } finally {
            stores.values().forEach(Catalog::close);
        }
        // A generator whose queries all come back empty would prove nothing.
        assertThat(nonEmpty).isGreaterThan(QUERIES / 3);
    }

    @Test
    void bulkIdsAndCountsAgreeWithTheReferenceToo() {
        List<Asset> assets = RandomLibrary.assets(SEED + 1, 200);
        Random r = new Random(SEED + 1);
        RandomQueries queries = new RandomQueries(r, assets);
        QueryParser parser = new QueryParser(SmallLibrary.NOW);
        Map<String, Catalog> stores = stores("ids", assets);
        try {
            for (int i = 0; i < 300; i++) {
                String text = queries.query();
                Query q = parser.parse(text);
                List<AssetId> expected = QueryEvaluator.search(assets, new AssetQuery(q, SortKey.ASC_CREATED, 0, Integer.MAX_VALUE,
                        AssetQuery.Scope.ACTIVE)).items().stream().map(Asset::id).toList();
                stores.forEach((store, catalog) -> {
                    assertThat(catalog.assets().ids(q, AssetQuery.Scope.ACTIVE)).as(store + ": " + text).isEqualTo(expected);
                    assertThat(catalog.assets().count(q, AssetQuery.Scope.ACTIVE)).as(store + " count: " + text)
                            .isEqualTo(expected.size());
                });
            }
        } finally {
            stores.values().forEach(Catalog::close);
        }
    }

    private static List<String> ids(List<Asset> assets) {
        return assets.stream().map(a -> a.id().value()).toList();
    }
}
