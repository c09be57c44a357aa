package io.mediadesk.sync.settings;

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
 * The named settings scenarios, in the style of the asset ones ({@code PlanScenarioTest}): every
 * folder under {@code golden/settings/} holds {@code scenario.txt} ({@link SettingsScenario}) and
 * {@code plan.txt}, the plan printed with its base-only steps, written by hand from the table in
 * {@link SettingsPlanner}. {@code -Dgolden.update=true} rewrites them (review the diff).
 */
class SettingsScenarioTest {
    private static final Path ROOT = Path.of("src", "test", "resources", "golden", "settings");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    @TestFactory
    Stream<DynamicTest> everyScenarioPlansAsItsGoldenFileSays() throws IOException {
        return scenarios().stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> check(dir)));
    }

    @Test
    void thereAreAtLeastTenScenarios() throws IOException {
        assertTrue(scenarios().size() >= 10, "only " + scenarios().size() + " scenarios");
    }

    private static void check(Path dir) throws IOException {
        SettingsScenario s = SettingsScenario.parse(Files.readString(dir.resolve("scenario.txt")));
        String actual = new SettingsPlanner().plan(s.snapshot(), s.options()).print(true);
        Path golden = dir.resolve("plan.txt");
        if (UPDATE) Files.writeString(golden, actual, StandardCharsets.UTF_8);
        assertEquals(Files.readString(golden), actual, "plan of " + dir.getFileName());
    }

    private static List<Path> scenarios() throws IOException {
        try (Stream<Path> dirs = Files.list(ROOT)) {
            return dirs.filter(d -> Files.isRegularFile(d.resolve("scenario.txt"))).sorted().toList();
        }
    }
}
