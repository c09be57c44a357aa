package io.mediadesk.library.store.sqlite;

import static io.mediadesk.library.fixture.AssetBuilder.asset;
import static org.assertj.core.api.Assertions.assertThat;

import io.mediadesk.library.asset.Asset;
import io.mediadesk.library.asset.Page;
import io.mediadesk.library.fixture.AssetBuilder;
import io.mediadesk.library.fixture.SmallLibrary;
import io.mediadesk.library.metadata.MetaValue.Text;
import io.mediadesk.library.query.AssetQuery;
import io.mediadesk.library.query.QueryEvaluator;
import io.mediadesk.library.query.QueryParser;
import io.mediadesk.library.query.SortKey;
import io.mediadesk.library.store.Actor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The HAS plans of {@link SqlCompiler#words} (a word as its set, or as a probe of each candidate's
 * words) must not change a page: a library of 400 assets built so some words are in almost every
 * asset and some in a few, searched under every plan (the size-based default, every word common so
 * the page order is walked, every word rare so the rarest drives), each sort and several pages,
 * against the in-memory reference evaluator and, for a few, against sets known by construction.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SqliteHasPlanTest {
    private static final int N = 400;

    private SqliteCatalog catalog;
    private SqliteAssetRepository repo;
    private final List<Asset> assets = new ArrayList<>();
    private final QueryParser parser = QueryParser.withSystemClock();

    /**
     * Asset n: name "photo_n.jpg" (n = 7: "Gem-photo_7.jpg"), tag "tag-red" unless n % 10 == 0, "tag-blue"
     * when n is even, "red-a" and "red-b" when n % 3 == 0 (two tag rows with the word "red" for one
     * asset), "rare-gem" when n % 50 == 7; brand "Acme Co" unless n % 4 == 1, else "Zeta"; every
     * 25th in the trash. Creation times are shuffled against n, sizes repeat (ties go to the id).
     */
    @BeforeAll
    void fill(@TempDir Path tmp) {
        for (int n = 1; n <= N; n++) {
            List<String> tags = new ArrayList<>();
            if (n % 10 != 0) tags.add("tag-red");
            if (n % 2 == 0) tags.add("tag-blue");
            if (n % 3 == 0) {
                tags.add("red-a");
                tags.add("red-b");
            }
            if (n % 50 == 7) tags.add("rare-gem");
            AssetBuilder b = asset(n).named(n == 7 ? "Gem-photo_7.jpg" : "photo_" + n + ".jpg").tags(tags.toArray(String[]::new))
                    .custom("brand", new Text(n % 4 == 1 ? "Zeta" : "Acme Co")).size(n % 17)
                    .created(AssetBuilder.BASE.plusSeconds((n * 7919L % N) * 60));
            if (n % 25 == 0) b.trashed();
            assets.add(b.build());
        }
        catalog = SqliteCatalog.open(tmp.resolve("catalog.db"), new Actor("test"), SmallLibrary.NOW);
        SmallLibrary.fields().forEach(catalog.assets()::defineField);
        catalog.assets().addAll(assets);
        repo = (SqliteAssetRepository) catalog.assets();
    }

    @AfterAll
    void close() {
        if (catalog != null) catalog.close();
    }

    static Stream<Arguments> cases() {
        List<String> queries = List.of(
                "tags HAS \"tag\"", // common
                "tags HAS \"tag red\"", // two common words
                "tags HAS \"red\"", // common, two rows per asset for a third of them
                "tags HAS \"gem\"", // rare
                "tags HAS \"tag ge\"", // common then a rare prefix
                "tags HAS \"rare tag\"", // rare then a common prefix
                "name HAS \"photo jpg\"", // common
                "name HAS \"gem ph\"", // rare, common prefix
                "name HAS \"photo 1\"", // common word, prefix in a quarter
                "\"customMetadata.brand\" HAS \"acme c\"", // common
                "tags HAS \"tag red\" AND size < 5", // common words and another clause
                "tags HAS \"tag\" AND name HAS \"jpg\"", // two common HAS
                "tags HAS \"blue\" OR name HAS \"gem\"", // under OR: sets
                "(tags HAS \"tag\" AND size < 3) OR name HAS \"gem\"", // an AND under OR: sets
                "tags HAS \"blue\" AND (tags HAS \"red\" OR size > 10)"); // planned beside an OR of sets
        List<SortKey> sorts = List.of(SortKey.DESC_CREATED, SortKey.ASC_CREATED, SortKey.ASC_NAME, SortKey.DESC_SIZE);
        long[] plans = {-1, 0, Long.MAX_VALUE};
        int[][] pages = {{0, 20}, {13, 7}, {150, 100}};
        List<Arguments> out = new ArrayList<>();
        for (String q : queries) {
            for (SortKey s : sorts) {
                for (long plan : plans) {
                    for (int[] p : pages) out.add(Arguments.of(q, s, plan, p[0], p[1]));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "[{index}] {0} {1} plan {2} skip {3} limit {4}")
    @MethodSource("cases")
    void everyPlanGivesTheReferencePage(String query, SortKey sort, long plan, int skip, int limit) {
        AssetQuery q = AssetQuery.of(parser.parse(query)).sorted(sort).page(skip, limit);
        Page<Asset> expected = QueryEvaluator.search(assets, q);
        repo.commonWordsOverride = plan;
        try {
            Page<Asset> got = repo.search(q);
            assertThat(ids(got)).isEqualTo(ids(expected));
            assertThat(got.more()).isEqualTo(expected.more());
        } finally {
            repo.commonWordsOverride = -1;
        }
    }

    @Test
    void pagesOfACommonWordFoundTwiceInAnAssetCountEachAssetOnce() {
        // "red" is in tag-red and, for n % 3 == 0, in red-a and red-b as well: by construction the live
        // assets with it are those with n % 10 != 0 or n % 3 == 0 (and n % 25 != 0), newest first.
        List<Integer> byHand = IntStream.rangeClosed(1, N).filter(n -> (n % 10 != 0 || n % 3 == 0) && n % 25 != 0).boxed()
                .sorted((x, y) -> Long.compare(y * 7919L % N, x * 7919L % N)).toList();
        for (long plan : new long[] {-1, 0, Long.MAX_VALUE}) {
            repo.commonWordsOverride = plan;
            List<Integer> walked = new ArrayList<>();
            for (int skip = 0; ; skip += 9) {
                Page<Asset> page = repo.search(AssetQuery.of(parser.parse("tags HAS \"red\"")).sorted(SortKey.DESC_CREATED).page(skip, 9));
                page.items().forEach(a -> walked.add(Integer.parseInt(a.id().value(), 16)));
                if (!page.more()) break;
            }
            assertThat(walked).as("plan %d", plan).isEqualTo(byHand);
        }
        repo.commonWordsOverride = -1;
    }

    @Test
    void aRareWordFindsWhatWasBuiltWithIt() {
        // rare-gem on n % 50 == 7: 7, 57, ..., 357 (none a multiple of 25), oldest first by construction.
        List<Integer> byHand = IntStream.rangeClosed(1, N).filter(n -> n % 50 == 7).boxed()
                .sorted((x, y) -> Long.compare(x * 7919L % N, y * 7919L % N)).toList();
        assertThat(byHand).hasSize(8);
        for (long plan : new long[] {-1, 0, Long.MAX_VALUE}) {
            repo.commonWordsOverride = plan;
            Page<Asset> page = repo.search(AssetQuery.of(parser.parse("tags HAS \"tag gem\"")).sorted(SortKey.ASC_CREATED).page(0, 50));
            assertThat(page.items().stream().map(a -> Integer.parseInt(a.id().value(), 16)).toList()).as("plan %d", plan)
                    .isEqualTo(byHand);
        }
        repo.commonWordsOverride = -1;
    }

    private static List<String> ids(Page<Asset> page) {
        return page.items().stream().map(a -> a.id().value()).toList();
    }
}
