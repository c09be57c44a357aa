package io.mediadesk.library.store.sqlite;

import io.mediadesk.library.asset.Asset;
import io.mediadesk.library.asset.AssetId;
import io.mediadesk.library.asset.EmbeddedMetadata;
import io.mediadesk.library.asset.FolderPath;
import io.mediadesk.library.asset.SyncState;
import io.mediadesk.library.asset.Tag;
import io.mediadesk.library.fixture.SmallLibrary;
import io.mediadesk.library.metadata.MetaValue;
import io.mediadesk.library.query.AssetQuery;
import io.mediadesk.library.query.QueryParser;
import io.mediadesk.library.query.SortKey;
import io.mediadesk.library.store.Actor;
import io.mediadesk.library.store.AssetRepository;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The library benchmark of docs/BENCHMARKS.md, run by hand:
 * {@code mvn -q -B -o -pl media-library -am test -Dtest=LibraryBenchmark -Dbench=library -Dsurefire.failIfNoSpecifiedTests=false}
 * ({@code -Dbench.assets=N}, default 500,000; {@code -Dbench.only=tag,folder} for some rows). Seeds a catalog once (kept in target/ for reruns),
 * then times three searches through the repository API: a tag, a folder page of 200 by date, and a
 * 3-clause searchQuery, each with changing parameters.
 */
@EnabledIfSystemProperty(named = "bench", matches = "library")
class LibraryBenchmark {
    private static final int ASSETS = Integer.getInteger("bench.assets", 500_000);
    private static final int FOLDERS = 2_000;
    private static final int TAGS = 200;
    /** {@code -Dbench.runs=N} timed runs per row (default 300; fewer on a loaded machine). */
    private static final int RUNS = Integer.getInteger("bench.runs", 300);
    /** {@code -Dbench.only=tag,folder}: only the rows whose label starts with one of these. */
    private static final List<String> ONLY = Arrays.stream(System.getProperty("bench.only", "").split(","))
            .map(String::strip).filter(x -> !x.isEmpty()).toList();

    @Test
    void measure() throws Exception {
        Path file = Path.of("target", "bench-library-" + ASSETS + ".db");
        boolean fresh = !Files.exists(file);
        long opening = System.nanoTime();
        try (SqliteCatalog catalog = SqliteCatalog.open(file, new Actor("bench"), Clock.systemUTC())) {
            // The first open after a schema change migrates the kept catalog: that time is printed here.
            System.out.printf(Locale.ROOT, "opened (schema %d) in %.1f s%n", catalog.schemaVersion(), (System.nanoTime() - opening) / 1e9);
            AssetRepository repo = catalog.assets();
            if (fresh) seed(repo);
            catalog.pragma("optimize");
            System.out.printf(Locale.ROOT, "assets %,d  file %,d MB%n", catalog.countAssets(), Files.size(file) >> 20);
            QueryParser parser = QueryParser.withSystemClock();
            time("tag query, 200 newest", i -> AssetQuery.of(parser.parse("tags IN [\"tag-" + i % TAGS + "\"]"))
                    .sorted(SortKey.DESC_CREATED).page(0, 200), repo);
            time("folder page of 200 by date", i -> AssetQuery.of(parser.parse("path = \"/g" + i % 20 + "/f" + i % FOLDERS + "/\""))
                    .sorted(SortKey.DESC_CREATED).page(0, 200), repo);
            time("3-clause searchQuery, 200", i -> AssetQuery.of(parser.parse("tags IN [\"tag-" + i % TAGS
                    + "\"] AND size > \"1mb\" AND format = \"jpg\"")).sorted(SortKey.DESC_CREATED).page(0, 200), repo);
            time("3-clause with metadata, 200", i -> AssetQuery.of(parser.parse("\"customMetadata.rating\" >= 4 AND path : \"/g"
                    + i % 20 + "/\" AND width > 2000")).sorted(SortKey.DESC_CREATED).page(0, 200), repo);
            time("tag query, 200 oldest", i -> AssetQuery.of(parser.parse("tags IN [\"tag-" + i % TAGS + "\"]"))
                    .sorted(SortKey.ASC_CREATED).page(0, 200), repo);
            time("name HAS, 200 newest", i -> AssetQuery.of(parser.parse("name HAS \"img" + (i % 900 + 100) + "99\""))
                    .sorted(SortKey.DESC_CREATED).page(0, 200), repo);
            time("tags HAS, 200 newest", i -> AssetQuery.of(parser.parse("tags HAS \"tag " + i % TAGS + "\""))
                    .sorted(SortKey.DESC_CREATED).page(0, 200), repo);
            time("brand HAS, 200 newest", i -> AssetQuery.of(parser.parse("\"customMetadata.brand\" HAS \"brand "
                    + i % 50 + "\"")).sorted(SortKey.DESC_CREATED).page(0, 200), repo);
            // Words in most of the library: "tag" is in every tag, "1" starts 111 of the 200 tag numbers.
            time("common HAS, 200 newest", i -> AssetQuery.of(parser.parse("tags HAS \"tag " + (1 + i % 2) + "\""))
                    .sorted(SortKey.DESC_CREATED).page(0, 200), repo);
            time("common HAS, 200 by name", i -> AssetQuery.of(parser.parse("tags HAS \"tag " + (1 + i % 2) + "\""))
                    .sorted(SortKey.ASC_NAME).page(0, 200), repo);
            time("common HAS, 200 by size", i -> AssetQuery.of(parser.parse("tags HAS \"tag " + (1 + i % 2) + "\""))
                    .sorted(SortKey.DESC_SIZE).page(0, 200), repo);
            // "jpg" is in every name, "img12399" starts eleven.
            time("mixed HAS, 200 newest", i -> AssetQuery.of(parser.parse("name HAS \"jpg img" + (i % 900 + 100) + "99\""))
                    .sorted(SortKey.DESC_CREATED).page(0, 200), repo);
            timeWork("count of a common HAS", i -> repo.count(parser.parse("tags HAS \"tag " + (1 + i % 2) + "\""), AssetQuery.Scope.ACTIVE));
            timeWork("count of a tag", i -> repo.count(parser.parse("tags IN [\"tag-" + i % TAGS + "\"]"), AssetQuery.Scope.ACTIVE));
            // Tag completion: "tag-57" (1 tag, ~3,750 rows), "tag-15" (11 tags, ~41,000 rows), "tag-1" (111 tags,
            // ~416,000 rows), "TAG" (all 200 tags, ~750,000 rows, 8 case spellings): the cost follows the matching rows.
            if (ONLY.isEmpty() || ONLY.stream().anyMatch("tag prefix"::startsWith)) {
                ((SqliteAssetRepository) repo).tagPrefixPlan("tag-15").forEach(l -> System.out.println("plan: " + l));
            }
            timeWork("tag prefix, 1 tag", i -> repo.tagsStartingWith("tag-" + (20 + i % 80), 12).size());
            timeWork("tag prefix, 11 tags", i -> repo.tagsStartingWith("tag-1" + i % 10, 12).size());
            timeWork("tag prefix, 111 tags", i -> repo.tagsStartingWith(i % 2 == 0 ? "tag-1" : "TAG-1", 12).size());
            timeWork("tag prefix, all 200", i -> repo.tagsStartingWith(i % 2 == 0 ? "tag" : "TAG", 12).size());
        }
    }

    private static void time(String what, IntFunction<AssetQuery> query, AssetRepository repo) {
        timeWork(what, i -> repo.search(query.apply(i)).items().size());
    }

    /**
     * {@code work} answers how many results it had; its parameter varies from run to run. Prints wall
     * time and the calling thread's CPU time (SQLite runs in it, through JNI): on a loaded machine
     * the CPU time says what the query costs, the wall time also what the other processes took.
     */
    private static void timeWork(String what, java.util.function.IntUnaryOperator work) {
        if (!ONLY.isEmpty() && ONLY.stream().noneMatch(what::startsWith)) return;
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int i = 0; i < 30; i++) work.applyAsInt(i * 7);
        long[] nanos = new long[RUNS];
        long[] cpu = new long[RUNS];
        long found = 0;
        for (int i = 0; i < RUNS; i++) {
            int p = i * 13 + 1;
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            found += work.applyAsInt(p);
            nanos[i] = System.nanoTime() - t0;
            cpu[i] = threads.getCurrentThreadCpuTime() - c0;
        }
        Arrays.sort(nanos);
        Arrays.sort(cpu);
        System.out.printf(Locale.ROOT, "%-30s median %6.2f ms  p95 %6.2f ms  max %6.2f ms  | cpu median %6.2f ms  p95 %6.2f ms  (avg %d results)%n",
                what, nanos[RUNS / 2] / 1e6, nanos[RUNS * 95 / 100] / 1e6, nanos[RUNS - 1] / 1e6, cpu[RUNS / 2] / 1e6,
                cpu[RUNS * 95 / 100] / 1e6, found / RUNS);
    }

    private static void seed(AssetRepository repo) {
        SmallLibrary.fields().forEach(repo::defineField);
        Random r = new Random(42);
        Instant base = Instant.parse("2020-01-01T00:00:00Z");
        long t0 = System.nanoTime();
        List<Asset> batch = new ArrayList<>();
        for (int n = 0; n < ASSETS; n++) {
            batch.add(asset(n, r, base));
            if (batch.size() == 5_000) {
                repo.addAll(batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) repo.addAll(batch);
        System.out.printf(Locale.ROOT, "seeded %,d assets in %.1f s%n", ASSETS, (System.nanoTime() - t0) / 1e9);
    }

    private static Asset asset(int n, Random r, Instant base) {
        TreeSet<Tag> tags = new TreeSet<>();
        for (int t = r.nextInt(4); t > 0; t--) tags.add(new Tag("tag-" + r.nextInt(TAGS)));
        TreeMap<String, MetaValue> custom = new TreeMap<>();
        if (r.nextInt(2) == 0) custom.put("rating", new MetaValue.Num(r.nextInt(11) / 2.0));
        if (r.nextInt(3) == 0) custom.put("brand", new MetaValue.Text("brand-" + r.nextInt(50)));
        Instant created = base.plusSeconds(n * 60L + r.nextInt(60));
        int folder = r.nextInt(FOLDERS);
        return new Asset(AssetId.random(), FolderPath.parse("/g" + folder % 20 + "/f" + folder + "/"), "img" + n + ".jpg",
                String.format("%064x", n), r.nextInt(5_000_000), 500 + r.nextInt(5000), 500 + r.nextInt(4000),
                r.nextInt(4) == 0 ? "png" : "jpg", false, 1, Optional.of(r.nextLong()), tags, custom, Optional.empty(),
                EmbeddedMetadata.NONE, created, created, false, Optional.empty(), SyncState.LOCAL_ONLY);
    }
}
