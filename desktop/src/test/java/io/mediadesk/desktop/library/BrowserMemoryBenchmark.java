package io.mediadesk.desktop.library;

import io.mediadesk.desktop.app.Debouncer;
import io.mediadesk.desktop.app.TaskRunner;
import io.mediadesk.library.Library;
import io.mediadesk.library.asset.Asset;
import io.mediadesk.library.asset.AssetId;
import io.mediadesk.library.asset.EmbeddedMetadata;
import io.mediadesk.library.asset.Folder;
import io.mediadesk.library.asset.FolderPath;
import io.mediadesk.library.asset.SyncState;
import io.mediadesk.library.asset.Tag;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The catalog memory figure of docs/BENCHMARKS.md ("the app's heap does not grow with library
 * size beyond the page in view"), run by hand:
 * {@code mvn -q -B -o -pl desktop -am test -Dtest=BrowserMemoryBenchmark -Dbench=memory -Dsurefire.failIfNoSpecifiedTests=false}
 * ({@code -Dbench.sizes=10000,100000,500000} is the default; {@code -Dbench.scroll=N} pages, default 100).
 *
 * <p>For each size it seeds a real SQLite library once (kept in {@code desktop/target/bench-memory-N}),
 * then does what the window does, through the window's own {@link LibraryBrowserViewModel} on
 * one thread: open (count the library, list the folders, count and show the first search), count
 * the first 40 folder rows of the tree, read the first page, scroll page by page, run a tag
 * search, ask the search bar for tag completions. It prints the heap in use after a full GC
 * before opening and with the window's state still held, so the difference is what the open
 * window keeps. The libraries carry many distinct tags (a tenth as many as assets) so anything
 * that loads every tag shows up.
 */
@EnabledIfSystemProperty(named = "bench", matches = "memory")
class BrowserMemoryBenchmark {
    private static final int FOLDERS = 2_000;

    @Test
    void measure() throws Exception {
        int scroll = Integer.getInteger("bench.scroll", 100);
        int[] sizes = Arrays.stream(System.getProperty("bench.sizes", "10000,100000,500000").split(","))
                .mapToInt(s -> Integer.parseInt(s.strip())).toArray();
        System.out.printf(Locale.ROOT, "max heap %,d MB, %s%n", Runtime.getRuntime().maxMemory() >> 20,
                ManagementFactory.getRuntimeMXBean().getInputArguments());
        for (int n : sizes) {
            Path dir = Path.of("target", "bench-memory-" + n);
            if (!Files.exists(dir.resolve("catalog.db"))) seed(dir, n);
            long before = retained();
            long t0 = System.nanoTime();
            try (Library library = Library.open(dir, Optional.empty());
                    LibraryBrowserViewModel window = new LibraryBrowserViewModel(library, TaskRunner.sameThread(), Debouncer.immediate(),
                            Runnable::run)) {
                window.open();
                List<Folder> folders = window.folders().folders();
                int[] counted = new int[1];
                folders.stream().limit(40).forEach(f -> window.folders().count(f.path(), c -> counted[0] += c));
                AssetSlots results = window.resultsProperty().get();
                results.get(0);
                for (int p = 1; p <= scroll && p * AssetSlots.PAGE < results.size(); p++) results.get(p * AssetSlots.PAGE);
                int scrolledPages = results.pagesHeld();
                window.filters().searchText().set("tags IN [\"tag-7\"]");
                AssetSlots tagged = window.resultsProperty().get();
                tagged.get(0);
                window.queryCompletion().request("tags IN [\"t1");
                List<Completion> completions = List.copyOf(window.queryCompletion().suggestions());
                long after = retained();
                System.out.printf(Locale.ROOT, "%,9d assets: heap before open %6.1f MB, window open %6.1f MB, held by the window %6.1f MB"
                        + "  (%d folders, %,d in 40 folder rows, %d pages held after scrolling %d, tag search %,d, %d tags learnt, "
                        + "%d completions; %.1f s)%n", library.catalog().countAssets(), mb(before), mb(after), mb(after - before),
                        folders.size(), counted[0], scrolledPages, scroll, tagged.size(), window.vocabulary().size(),
                        completions.size(), (System.nanoTime() - t0) / 1e9);
            }
        }
    }

    private static double mb(long bytes) {
        return bytes / 1048576.0;
    }

    /** Heap in use after full collections, once it stops shrinking. */
    private static long retained() throws InterruptedException {
        long last = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(100);
            long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            if (used >= last) return used;
            last = used;
        }
        return last;
    }

    private static void seed(Path dir, int n) {
        long t0 = System.nanoTime();
        Random r = new Random(n);
        Instant base = Instant.parse("2020-01-01T00:00:00Z");
        int distinct = Math.max(200, n / 10);
        try (Library library = Library.open(dir, Optional.empty())) {
            List<Asset> batch = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                TreeSet<Tag> tags = new TreeSet<>();
                tags.add(new Tag("tag-" + r.nextInt(200)));
                for (int t = r.nextInt(3); t > 0; t--) tags.add(new Tag("t" + r.nextInt(distinct)));
                Instant created = base.plusSeconds(i * 60L + r.nextInt(60));
                int folder = r.nextInt(FOLDERS);
                batch.add(new Asset(AssetId.random(), FolderPath.parse("/g" + folder % 20 + "/f" + folder + "/"), "img" + i + ".jpg",
                        String.format("%064x", i), r.nextInt(5_000_000), 500 + r.nextInt(5000), 500 + r.nextInt(4000), "jpg", false, 1,
                        Optional.of(r.nextLong()), tags, new TreeMap<>(), Optional.empty(), EmbeddedMetadata.NONE, created, created,
                        false, Optional.empty(), SyncState.LOCAL_ONLY));
                if (batch.size() == 5_000) {
                    library.assets().addAll(batch);
                    batch.clear();
                }
            }
            if (!batch.isEmpty()) library.assets().addAll(batch);
        }
        System.out.printf(Locale.ROOT, "seeded %,d assets in %.1f s%n", n, (System.nanoTime() - t0) / 1e9);
    }
}
