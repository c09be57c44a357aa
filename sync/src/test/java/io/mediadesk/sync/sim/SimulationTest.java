package io.mediadesk.sync.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Runs the seeded simulation: 1,000 seeds by default, {@code -Dseeds=100000} for a long run,
 * {@code -Dseed=N} to replay one. Prints the figures docs/BENCHMARKS.md quotes.
 */
class SimulationTest {

    @Test
    void everySeedKeepsEveryFileAndConverges() {
        long first = Long.getLong("seed", 0);
        long count = Long.getLong("seed") != null ? 1 : Long.getLong("seeds", 1000);
        List<Simulation.Result> failed = new ArrayList<>();
        long start = System.nanoTime();
        long faults = 0, kills = 0, steps = 0, conflicts = 0, presetSteps = 0, presetConflicts = 0, noApi = 0;
        int[] clean = new int[Simulation.MAX_CLEAN_CYCLES + 1];
        for (long seed = first; seed < first + count; seed++) {
            Simulation.Result r = Simulation.run(seed);
            if (!r.ok()) {
                failed.add(r);
                continue;
            }
            faults += r.faults();
            kills += r.kills();
            steps += r.steps();
            conflicts += r.conflicts();
            presetSteps += r.presetSteps();
            presetConflicts += r.presetConflicts();
            noApi += r.presetApi() ? 0 : 1;
            clean[r.cleanCycles()]++;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "sync simulation: %d seeds from %d in %.1f s, %d failed; %d faults injected, %d kills, "
                + "%d steps applied, %d conflicts; fault-free syncs needed to converge (0..%d): %s%n", count, first, seconds,
                failed.size(), faults, kills, steps, conflicts, Simulation.MAX_CLEAN_CYCLES, java.util.Arrays.toString(clean));
        System.out.printf(Locale.ROOT, "  of which presets: %d steps applied, %d conflicts; %d seeds on an account without named transformations%n",
                presetSteps, presetConflicts, noApi);
        if (!failed.isEmpty()) {
            StringBuilder out = new StringBuilder(failed.size() + " seeds failed; replay one with -Dseed=N\n");
            failed.stream().limit(10).forEach(r -> out.append("seed ").append(r.seed()).append(": ").append(r.failure()).append('\n'));
            fail(out.toString());
        }
    }

    @Test
    void aSeedReplaysExactly() {
        for (long seed : new long[] {7, 42, 4242}) {
            assertEquals(Simulation.run(seed), Simulation.run(seed), "seed " + seed);
        }
    }
}
