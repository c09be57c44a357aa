package io.mediadesk.sync.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The conflicts a plan hands to a person: which items, both sides as seen, the choices that mean
 * something for each, the planner's own rule and what was applied. Read from the golden scenarios,
 * whose expected values are worked out by hand here.
 */
class ConflictChoicesTest {
    private static final Path ROOT = Path.of("src", "test", "resources", "golden", "sync");

    private static SyncPlan plan(String scenario, Map<String, Resolution> choices) throws IOException {
        ScenarioText s = ScenarioText.parse(Files.readString(ROOT.resolve(scenario).resolve("scenario.txt")));
        return new SyncPlanner().plan(s.local(), s.remote(), s.base(), s.options().withResolutions(choices));
    }

    @Test
    void contentEditedOnBothSidesOffersThreeChoicesAndKeepsBothByDefault() throws IOException {
        List<Conflict> conflicts = plan("12-content-edit-on-both-sides", Map.of()).conflictItems();
        assertEquals(1, conflicts.size());
        Conflict c = conflicts.get(0);
        assertEquals("a1", c.key());
        assertEquals(Set.of(Conflict.Kind.CONTENT), c.kinds());
        assertEquals(List.of(Resolution.KEEP_BOTH, Resolution.KEEP_LIBRARY, Resolution.KEEP_SERVICE), c.choices());
        assertEquals(Resolution.KEEP_BOTH, c.byDefault());
        assertEquals(Resolution.KEEP_BOTH, c.chosen());
        assertFalse(c.decided());
        assertEquals("h2", c.local().hash());
        assertEquals("v2", c.remote().version());
        assertEquals(130, c.remote().size());
        assertEquals("h1", c.base().hash());
        assertEquals("/a.jpg", c.path());
    }

    @Test
    void aChoiceIsReportedBackWithTheConflict() throws IOException {
        Conflict c = plan("12-content-edit-on-both-sides", Map.of("a1", Resolution.KEEP_SERVICE)).conflictItems().get(0);
        assertEquals(Resolution.KEEP_SERVICE, c.chosen());
        assertTrue(c.decided());
    }

    @Test
    void aFieldCollisionHasTwoChoicesAndTheLibraryWinsByDefault() throws IOException {
        Conflict c = plan("19-metadata-same-field-collides", Map.of()).conflictItems().get(0);
        assertEquals(Set.of(Conflict.Kind.ATTRIBUTES), c.kinds());
        assertEquals(List.of(Resolution.KEEP_LIBRARY, Resolution.KEEP_SERVICE), c.choices());
        assertEquals(Resolution.KEEP_LIBRARY, c.byDefault());
        assertEquals("\"local\"", c.local().attributes().metadata().get("brand"));
        assertEquals("\"remote\"", c.remote().attributes().metadata().get("brand"));
        assertEquals("\"old\"", c.base().attributes().metadata().get("brand"));
        // Keep both means nothing for one field: it is the planner's rule, the library's value.
        Conflict both = plan("19-metadata-same-field-collides", Map.of("a1", Resolution.KEEP_BOTH)).conflictItems().get(0);
        assertEquals(Resolution.KEEP_LIBRARY, both.chosen());
    }

    @Test
    void movesOnBothSidesAreAPathConflict() throws IOException {
        Conflict c = plan("28-both-moved-differently", Map.of()).conflictItems().get(0);
        assertEquals(Set.of(Conflict.Kind.PATH), c.kinds());
        assertEquals("/l.jpg", c.local().path());
        assertEquals("/r.jpg", c.remote().path());
    }

    @Test
    void anEditMeetingADeleteIsAConflictWhoseDefaultIsTheEdit() throws IOException {
        Conflict libraryDeleted = plan("35-local-delete-vs-remote-content-edit", Map.of()).conflictItems().get(0);
        assertEquals(Set.of(Conflict.Kind.LIBRARY_DELETED), libraryDeleted.kinds());
        assertEquals(Resolution.KEEP_SERVICE, libraryDeleted.byDefault());
        assertTrue(libraryDeleted.local().trashed(), "the library's side is shown as deleted, not as the restored asset");

        Conflict serviceDeleted = plan("38-remote-delete-vs-local-content-edit", Map.of()).conflictItems().get(0);
        assertEquals(Set.of(Conflict.Kind.SERVICE_DELETED), serviceDeleted.kinds());
        assertEquals(Resolution.KEEP_LIBRARY, serviceDeleted.byDefault());
        assertNull(serviceDeleted.remote());
        assertEquals("/a.jpg", serviceDeleted.path());
    }

    @Test
    void aSettledConflictStaysInThePlanSoTheChoiceCanBeChangedAgain() throws IOException {
        SyncPlan p = plan("19-metadata-same-field-collides", Map.of("a1", Resolution.KEEP_SERVICE));
        assertEquals(1, p.conflictItems().size());
        assertEquals(Resolution.KEEP_SERVICE, p.conflictItems().get(0).chosen());
        assertEquals(List.of("update local"), p.actions().stream().map(a -> a.verb() + " " + a.side().word()).toList());
    }

    @Test
    void plansWithoutConflictsHaveNone() throws IOException {
        assertTrue(plan("10-local-content-edit", Map.of()).conflictItems().isEmpty());
        assertTrue(plan("17-tags-edited-on-both-sides", Map.of()).conflictItems().isEmpty(), "tags merge as sets");
    }

    @Test
    void wordsReadBack() {
        for (Resolution r : Resolution.values()) assertEquals(r, Resolution.of(r.word()));
        assertEquals(Resolution.KEEP_SERVICE, Resolution.of("SERVICE"));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> Resolution.of("mine"));
    }
}
