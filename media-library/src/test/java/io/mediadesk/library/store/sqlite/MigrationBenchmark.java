package io.mediadesk.library.store.sqlite;

import io.mediadesk.library.store.Actor;
import io.mediadesk.library.store.MigrationProgress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The schema upgrade benchmark of docs/BENCHMARKS.md, run by hand:
 * {@code mvn -q -B -o -pl media-library -am test -Dtest=MigrationBenchmark -Dbench=migration -Dsurefire.failIfNoSpecifiedTests=false}
 * ({@code -Dbench.assets=N}, default 500,000). Builds a version 5 catalog once with {@link OldCatalogs}
 * (kept in target/), then upgrades a copy of it, printing each progress with its time.
 */
@EnabledIfSystemProperty(named = "bench", matches = "migration")
class MigrationBenchmark {
    private static final int ASSETS = Integer.getInteger("bench.assets", 500_000);

    @Test
    void measure() throws Exception {
        Path template = Path.of("target", "bench-v5-" + ASSETS + ".db");
        if (!Files.exists(template)) {
            long t = System.nanoTime();
            OldCatalogs.build(Path.of(template + ".tmp"), 5, ASSETS);
            Files.move(Path.of(template + ".tmp"), template, StandardCopyOption.ATOMIC_MOVE);
            System.out.printf(Locale.ROOT, "built the version 5 catalog in %.1f s%n", (System.nanoTime() - t) / 1e9);
        }
        Path copy = Path.of("target", "bench-v5-" + ASSETS + "-upgraded.db");
        Files.deleteIfExists(Path.of(copy + "-wal"));
        Files.deleteIfExists(Path.of(copy + "-shm"));
        Files.copy(template, copy, StandardCopyOption.REPLACE_EXISTING);
        System.out.printf(Locale.ROOT, "load average %s%n", Files.readString(Path.of("/proc/loadavg")).strip());
        long start = System.nanoTime();
        long[] events = {0};
        try (SqliteCatalog catalog = SqliteCatalog.open(copy, new Actor("bench"), Clock.systemUTC(), (MigrationProgress p) -> {
            events[0]++;
            System.out.printf(Locale.ROOT, "%6.2f s  %s%n", (System.nanoTime() - start) / 1e9, p.line());
        })) {
            System.out.printf(Locale.ROOT, "opened at schema %d after %.1f s (%d progress events); integrity %s%n",
                    catalog.schemaVersion(), (System.nanoTime() - start) / 1e9, events[0], "skipped");
        }
    }
}
