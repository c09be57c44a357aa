package io.mediadesk.sync.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The named scenarios: every folder under {@code golden/sync/} holds {@code scenario.txt} (the
 * three snapshots, see {@link ScenarioText}) and {@code plan.txt}, the plan as printed with its base
 * changes (rclone bisync's {@code testdata/<test>/golden}). A changed plan fails until the golden
 * file is reviewed and rewritten: {@code -Dgolden.update=true} writes them.
 */
class PlanScenarioTest {
    private static final Path ROOT = Path.of("src", "test", "resources", "golden", "sync");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    @TestFactory
    Stream<DynamicTest> everyScenarioPlansAsItsGoldenFileSays() throws IOException {
        return scenarios().stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> check(dir)));
    }

    @Test
    void thereAreAtLeastFortyScenarios() throws IOException {
        assertTrue(scenarios().size() >= 40, "only " + scenarios().size() + " scenarios");
    }

    @Test
    void planningIsDeterministic() throws IOException {
        for (Path dir : scenarios()) {
            ScenarioText s = ScenarioText.parse(Files.readString(dir.resolve("scenario.txt")));
            SyncPlanner planner = new SyncPlanner();
            assertEquals(planner.plan(s.local(), s.remote(), s.base(), s.options()).print(true),
                    planner.plan(s.local(), s.remote(), s.base(), s.options()).print(true), dir.toString());
        }
    }

    @Test
    void leavingOutUnchangedItemsChangesNoPlan() throws IOException {
        long unchanged = 0;
        for (Path dir : scenarios()) {
            ScenarioText s = ScenarioText.parse(Files.readString(dir.resolve("scenario.txt")));
            unchanged += Pairing.of(s.local(), s.remote(), s.base()).stream().filter(Pairing::unchanged).count();
            assertEquals(new SyncPlanner(false).plan(s.local(), s.remote(), s.base(), s.options()).print(true),
                    new SyncPlanner().plan(s.local(), s.remote(), s.base(), s.options()).print(true), dir.toString());
        }
        assertTrue(unchanged >= 10, "the scenarios hold unchanged items next to changed ones: " + unchanged);
    }

    private static void check(Path dir) throws IOException {
        ScenarioText s = ScenarioText.parse(Files.readString(dir.resolve("scenario.txt")));
        String actual = new SyncPlanner().plan(s.local(), s.remote(), s.base(), s.options()).print(true);
        Path golden = dir.resolve("plan.txt");
        if (UPDATE) {
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(golden), actual, "plan of " + dir.getFileName());
    }

    private static List<Path> scenarios() throws IOException {
        try (Stream<Path> dirs = Files.list(ROOT)) {
            return dirs.filter(d -> Files.isRegularFile(d.resolve("scenario.txt"))).sorted().toList();
        }
    }
}
