package io.mediadesk.library.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import io.mediadesk.library.asset.Asset;
import io.mediadesk.library.asset.AssetId;
import io.mediadesk.library.fixture.RandomLibrary;
import io.mediadesk.library.fixture.SmallLibrary;
import io.mediadesk.library.query.AssetQuery;
import io.mediadesk.library.query.Query;
import io.mediadesk.library.query.QueryEvaluator;
import io.mediadesk.library.query.QueryParser;
import io.mediadesk.library.query.RandomQueries;
import io.mediadesk.library.query.SortKey;
import io.mediadesk.library.store.Actor;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Thousands of seeded random queries over a seeded random library: SQLite must return exactly
 * what the reference evaluator returns, in the same order, page by page. A failure prints the
 * seed, the query and the sort so it can be replayed alone.
 */
class SqliteDifferentialTest {
    private static final long SEED = Long.getLong("differential.seed", 20240531L);
    private static final int QUERIES = Integer.getInteger("differential.queries", 3000);

    @TempDir
    Path tmp;

    @Test
    void sqliteAndTheReferenceEvaluatorAgreeOnEveryRandomQuery() {
        List<Asset> assets = RandomLibrary.assets(SEED, 400);
        QueryParser parser = new QueryParser(SmallLibrary.NOW);
        Random r = new Random(SEED);
        RandomQueries queries = new RandomQueries(r, assets);
        int nonEmpty = 0;
        try (SqliteCatalog catalog = SqliteCatalog.open(tmp.resolve("catalog.db"), new Actor("test"), SmallLibrary.NOW)) {
            SmallLibrary.fields().forEach(catalog.assets()::defineField);
            catalog.assets().addAll(assets);
            for (int i = 0; i < QUERIES; i++) {
                String text = queries.query();
                Query q = parser.parse(text);
                AssetQuery aq = new AssetQuery(q, SortKey.values()[r.nextInt(SortKey.values().length)], r.nextInt(3) == 0 ? r.nextInt(20) : 0,
                        1 + r.nextInt(r.nextBoolean() ? 10 : 500), r.nextInt(8) == 0 ? AssetQuery.Scope.TRASHED : AssetQuery.Scope.ACTIVE);
                var expected = QueryEvaluator.search(assets, aq);
                var actual = catalog.assets().search(aq);
                String context = "seed " + SEED + ", query #" + i + ": " + text + " sort " + aq.sort() + " skip " + aq.skip()
                        + " limit " + aq.limit() + " " + aq.scope();
                assertThat(ids(actual.items())).as(context).isEqualTo(ids(expected.items()));
                assertThat(actual.more()).as(context).isEqualTo(expected.more());
                if (!expected.items().isEmpty()) nonEmpty++;
            }
        }
        // A generator whose queries all come back empty would prove nothing.
        assertThat(nonEmpty).isGreaterThan(QUERIES / 3);
    }

    @Test
    void bulkIdsAgreeWithTheReferenceToo() {
        List<Asset> assets = RandomLibrary.assets(SEED + 1, 200);
        Random r = new Random(SEED + 1);
        RandomQueries queries = new RandomQueries(r, assets);
        QueryParser parser = new QueryParser(SmallLibrary.NOW);
        try (SqliteCatalog catalog = SqliteCatalog.open(tmp.resolve("ids.db"), new Actor("test"), SmallLibrary.NOW)) {
            SmallLibrary.fields().forEach(catalog.assets()::defineField);
            catalog.assets().addAll(assets);
            for (int i = 0; i < 300; i++) {
                String text = queries.query();
                Query q = parser.parse(text);
                List<AssetId> expected = QueryEvaluator.search(assets, new AssetQuery(q, SortKey.ASC_CREATED, 0, Integer.MAX_VALUE,
                        AssetQuery.Scope.ACTIVE)).items().stream().map(Asset::id).toList();
                assertThat(catalog.assets().ids(q, AssetQuery.Scope.ACTIVE)).as(text).isEqualTo(expected);
            }
        }
    }

    private static List<String> ids(List<Asset> assets) {
        return assets.stream().map(a -> a.id().value()).toList();
    }
}
