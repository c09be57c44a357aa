package io.mediadesk.library.store.sqlite;

import io.mediadesk.library.asset.Asset;
import io.mediadesk.library.asset.AssetId;
import io.mediadesk.library.asset.EmbeddedMetadata;
import io.mediadesk.library.asset.FolderPath;
import io.mediadesk.library.asset.SyncState;
import io.mediadesk.library.asset.Tag;
import io.mediadesk.library.ingest.SimilarAssets;
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
import java.util.function.IntSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The library-operations benchmark of docs/BENCHMARKS.md, run by hand:
 * {@code mvn -q -B -o -pl media-library -am test -Dtest=LibraryOpsBenchmark -Dbench=libops -Dsurefire.failIfNoSpecifiedTests=false}
 * ({@code -Dbench.assets=N}, default 100,000). Seeds a SQLite catalog once (kept in target/), then
 * times through the repository API: a bulk rating of 200 assets, moving a subtree of 1/20 of the
 * library (100 folders) and back, find similar at distance 12 (the on-demand scan of every hash),
 * {@code tags HAS} for a page of 200, and streaming the whole audit trail.
 */
@EnabledIfSystemProperty(named = "bench", matches = "libops")
class LibraryOpsBenchmark {
    private static final int ASSETS = Integer.getInteger("bench.assets", 100_000);
    private static final int FOLDERS = 2_000;

    @Test
    void measure() {
        Path file = Path.of("target", "bench-libops-" + ASSETS + ".db");
        boolean fresh = !Files.exists(file);
        try (SqliteCatalog catalog = SqliteCatalog.open(file, new Actor("bench"), Clock.systemUTC())) {
            AssetRepository repo = catalog.assets();
            List<AssetId> ids = fresh ? seed(repo) : repo.ids(io.mediadesk.library.query.Query.ALL, AssetQuery.Scope.ACTIVE);
            System.out.printf(Locale.ROOT, "assets %,d%n", catalog.countAssets());
            int[] k = {0};
            time("rate 200 assets (one transaction)", 20, () -> repo.setRating(ids.subList(k[0] * 200 % (ids.size() - 200),
                    k[0] * 200 % (ids.size() - 200) + 200), 1 + k[0]++ % 5));
            int[] g = {0};
            time("move /gN/ (1/20 of the library) and back", 6, () -> {
                FolderPath from = FolderPath.parse("/g" + g[0]++ % 20 + "/");
                FolderPath to = FolderPath.parse("/moved" + from.value());
                int n = repo.moveFolder(from, to).assets();
                repo.moveFolder(to, from);
                return n;
            });
            int[] s = {0};
            time("similar --distance 12 (scan every hash)", 20, () -> SimilarAssets.of(repo, ids.get(s[0]++ * 997 % ids.size()), 12).size());
            QueryParser parser = QueryParser.withSystemClock();
            int[] t = {0};
            time("tags HAS \"tag 1\", page of 200", 20, () -> repo.search(AssetQuery.of(parser.parse("tags HAS \"tag " + t[0]++ % 200
                    + "\"")).sorted(SortKey.DESC_CREATED).page(0, 200)).items().size());
            time("stream the whole audit trail", 3, () -> {
                int[] lines = {0};
                repo.exportAudit(Optional.empty(), Optional.empty(), e -> lines[0]++);
                return lines[0];
            });
        }
    }

    private static void time(String what, int runs, IntSupplier work) {
        work.getAsInt();
        long[] nanos = new long[runs];
        long items = 0;
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            items += work.getAsInt();
            nanos[i] = System.nanoTime() - t0;
        }
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "%-45s median %8.1f ms  max %8.1f ms  (avg %,d items)%n", what, nanos[runs / 2] / 1e6,
                nanos[runs - 1] / 1e6, items / runs);
    }

    private static List<AssetId> seed(AssetRepository repo) {
        Random r = new Random(42);
        Instant base = Instant.parse("2020-01-01T00:00:00Z");
        long t0 = System.nanoTime();
        List<Asset> batch = new ArrayList<>();
        List<AssetId> ids = new ArrayList<>();
        for (int n = 0; n < ASSETS; n++) {
            TreeSet<Tag> tags = new TreeSet<>();
            for (int t = r.nextInt(4); t > 0; t--) tags.add(new Tag("tag-" + r.nextInt(200)));
            Instant created = base.plusSeconds(n * 60L);
            int folder = r.nextInt(FOLDERS);
            Asset a = new Asset(AssetId.random(), FolderPath.parse("/g" + folder % 20 + "/f" + folder + "/"), "img" + n + ".jpg",
                    String.format("%064x", n), r.nextInt(5_000_000), 4000, 3000, "jpg", false, 1, Optional.of(r.nextLong()), tags,
                    new TreeMap<>(), Optional.empty(), EmbeddedMetadata.NONE, created, created, false, Optional.empty(),
                    SyncState.LOCAL_ONLY);
            batch.add(a);
            ids.add(a.id());
            if (batch.size() == 5_000) {
                repo.addAll(batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) repo.addAll(batch);
        System.out.printf(Locale.ROOT, "seeded %,d assets in %.1f s%n", ASSETS, (System.nanoTime() - t0) / 1e9);
        return ids;
    }
}
