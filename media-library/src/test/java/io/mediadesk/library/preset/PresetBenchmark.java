package io.mediadesk.library.preset;

import io.mediadesk.engine.transform.TransformationParser;
import io.mediadesk.library.store.Actor;
import io.mediadesk.library.store.sqlite.SqliteCatalog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The preset figures of docs/BENCHMARKS.md, run by hand:
 * {@code mvn -q -B -o -pl media-library -am test -Dtest=PresetBenchmark -Dbench=presets -Dsurefire.failIfNoSpecifiedTests=false}.
 * 250 presets (the service's limit per account), every fifth using the one before it ({@code n-p_k:h-...}),
 * in a fresh embedded catalog; times {@code set} (which parses the new text and every other preset
 * again), a rollback, the history of a preset with 200 versions, and {@code n-NAME} through the catalog's lookup.
 */
@EnabledIfSystemProperty(named = "bench", matches = "presets")
class PresetBenchmark {
    private static final int PRESETS = 250;
    private static final int RUNS = 200;

    @Test
    void measure() throws Exception {
        Path dir = Files.createTempDirectory("bench-presets");
        try (SqliteCatalog catalog = SqliteCatalog.open(dir.resolve("catalog.db"), new Actor("bench"), Clock.systemUTC())) {
            Presets presets = new Presets(catalog.presets());
            long seedStart = System.nanoTime();
            for (int i = 0; i < PRESETS; i++) {
                String tr = i % 5 == 1 ? "n-p_" + (i - 1) + ":h-" + (100 + i) : "w-" + (100 + i) + ",q-80:rt-90";
                presets.set("p_" + i, tr);
            }
            System.out.printf(Locale.ROOT, "seeded %d presets in %.0f ms%n", PRESETS, (System.nanoTime() - seedStart) / 1e6);
            report("set (update, all checked)", i -> presets.set("p_10", "w-" + (200 + i % 2) + ",q-80:rt-90"));
            report("rollback", i -> presets.rollback("p_10", 1));
            report("history (200+ versions)", i -> presets.history("p_10"));
            TransformationParser parser = new TransformationParser(presets.lookup());
            report("parse n-NAME via catalog", i -> parser.parse("n-p_" + (1 + 5 * (i % 50)) + ":rt-90"));
        }
    }

    private interface Work {
        void run(int i);
    }

    private static void report(String what, Work work) {
        for (int i = 0; i < 20; i++) work.run(i);
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            work.run(i);
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf(Locale.ROOT, "%-28s median %.2f ms  p95 %.2f ms  (%d runs)%n", what, ms[RUNS / 2], ms[RUNS * 95 / 100], RUNS);
    }
}
