package io.mediadesk.sync.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediadesk.sync.plan.Resolution;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The settings conflicts a plan lists with both sides, read from the golden scenarios (values by hand). */
class SettingsConflictsTest {
    private static final Path ROOT = Path.of("src", "test", "resources", "golden", "settings");

    private static SettingsPlan plan(String scenario, Map<String, Resolution> choices) throws IOException {
        SettingsScenario s = SettingsScenario.parse(Files.readString(ROOT.resolve(scenario).resolve("scenario.txt")));
        return new SettingsPlanner().plan(s.snapshot(), choices.isEmpty() ? s.options() : s.options().withResolutions(choices));
    }

    @Test
    void aPresetEditedOnBothSidesShowsBothTextsAndTheBase() throws IOException {
        List<SettingsConflict> c = plan("09-preset-edit-vs-edit", Map.of()).conflictItems();
        assertEquals(1, c.size());
        assertEquals("preset hero", c.get(0).subject());
        assertEquals(Optional.of("w-300"), c.get(0).library());
        assertEquals(Optional.of("w-400"), c.get(0).service());
        assertEquals(Optional.of("w-100"), c.get(0).base());
        assertEquals(Resolution.KEEP_BOTH, c.get(0).chosen());
        assertEquals(3, c.get(0).choices().size());
    }

    @Test
    void aChoiceReplacesTheCopy() throws IOException {
        SettingsPlan p = plan("09-preset-edit-vs-edit", Map.of("preset hero", Resolution.KEEP_SERVICE));
        assertEquals(Resolution.KEEP_SERVICE, p.conflictItems().get(0).chosen());
        assertEquals(List.of("PRESET_PULL_UPDATE hero w-400"), p.steps().stream().map(s -> s.op() + " " + s.name() + " " + s.value()).toList());
    }

    @Test
    void editVersusDeleteHasTwoChoicesAndTheEditWinsByDefault() throws IOException {
        SettingsConflict c = plan("13-preset-local-delete-vs-remote-edit", Map.of()).conflictItems().get(0);
        assertEquals("preset c", c.subject());
        assertEquals(Optional.empty(), c.library());
        assertEquals(Optional.of("w-33"), c.service());
        assertEquals(List.of(Resolution.KEEP_LIBRARY, Resolution.KEEP_SERVICE), c.choices());
        assertEquals(Resolution.KEEP_SERVICE, c.byDefault());
    }

    @Test
    void aFieldThatDiffersNeedsADecisionAndOffersNoChoice() throws IOException {
        SettingsConflict c = plan("23-field-type-differs", Map.of()).conflictItems().get(0);
        assertEquals("field rating", c.subject());
        assertEquals(Optional.of("Number"), c.library());
        assertEquals(Optional.of("Text"), c.service());
        assertTrue(c.needsDecision());
        // A choice sent for it changes nothing: the field still waits.
        SettingsPlan p = plan("23-field-type-differs", Map.of("field rating", Resolution.KEEP_LIBRARY));
        assertEquals(1, p.decisions());
    }
}
