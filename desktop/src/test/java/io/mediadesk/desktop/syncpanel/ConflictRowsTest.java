package io.mediadesk.desktop.syncpanel;

import static org.assertj.core.api.Assertions.assertThat;

import io.mediadesk.sync.plan.PlanOptions;
import io.mediadesk.sync.plan.Resolution;
import io.mediadesk.sync.plan.SyncPlan;
import io.mediadesk.sync.plan.SyncPlanner;
import io.mediadesk.sync.settings.SettingsConflict;
import io.mediadesk.sync.settings.SettingsPlan;
import io.mediadesk.sync.snapshot.Attributes;
import io.mediadesk.sync.snapshot.BaseEntry;
import io.mediadesk.sync.snapshot.BaseSnapshot;
import io.mediadesk.sync.snapshot.LocalFile;
import io.mediadesk.sync.snapshot.LocalSnapshot;
import io.mediadesk.sync.snapshot.RemoteEntry;
import io.mediadesk.sync.snapshot.RemoteSnapshot;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The rows the conflicts tab shows, from plans made by the real planner; expected rows written by hand. */
class ConflictRowsTest {
    private static final Instant T = Instant.parse("2026-01-01T00:00:00Z");

    private static Attributes attrs(List<String> tags, String brand) {
        return Attributes.of(tags, Map.of("brand", brand), Optional.empty());
    }

    private static SyncPlan fieldCollision(PlanOptions options) {
        LocalFile l = new LocalFile("a1", "/shoes/a.jpg", "h1", 2048, attrs(List.of("x", "y"), "\"local\""), false);
        RemoteEntry r = new RemoteEntry("r1", "/shoes/a.jpg", "v1", 2048, T, attrs(List.of("x"), "\"remote\""));
        BaseEntry b = new BaseEntry("a1", "r1", "/shoes/a.jpg", "h1", "v1", 2048, T, attrs(List.of("x"), "\"old\""));
        return new SyncPlanner().plan(LocalSnapshot.of(List.of(l)), RemoteSnapshot.of(List.of(r)),
                BaseSnapshot.of(List.of(b), Map.of(BaseSnapshot.versionKey("r1", "v1"), "h1")), options);
    }

    @Test
    void aFieldCollisionIsLaidOutFieldByFieldWithWhatEachSideChanged() {
        List<ConflictRow> rows = ConflictRows.of(fieldCollision(PlanOptions.DEFAULTS), SettingsPlan.EMPTY);

        assertThat(rows).hasSize(1);
        ConflictRow row = rows.get(0);
        assertThat(row.key()).isEqualTo("a1");
        assertThat(row.title()).isEqualTo("/shoes/a.jpg");
        assertThat(row.what()).isEqualTo("a field changed on both sides");
        assertThat(row.diff()).containsExactly(
                new ConflictRow.Diff("State", "kept", "kept", false, false),
                new ConflictRow.Diff("Name", "a.jpg", "a.jpg", false, false),
                new ConflictRow.Diff("Folder", "/shoes/", "/shoes/", false, false),
                new ConflictRow.Diff("Content", "2.0 KB · sha256 h1", "2.0 KB · version v1", false, false),
                new ConflictRow.Diff("Tags", "x, y", "x", true, false),
                new ConflictRow.Diff("metadata brand", "\"local\"", "\"remote\"", true, true),
                new ConflictRow.Diff("Coordinates", "—", "—", false, false));
        assertThat(row.diff().stream().filter(ConflictRow.Diff::collides).map(ConflictRow.Diff::field)).containsExactly("metadata brand");
        assertThat(row.chosen()).isEqualTo(Resolution.KEEP_LIBRARY);
        assertThat(row.note()).isEqualTo("What collided takes the library's side on both sides.");
        assertThat(row.line()).isEqualTo("/shoes/a.jpg  —  a field changed on both sides  —  Keep the library's");
        assertThat(row.hasPictures()).isTrue();
    }

    @Test
    void aChoiceShowsInTheLineAndTheEffect() {
        ConflictRow row = ConflictRows.of(fieldCollision(PlanOptions.DEFAULTS.withResolutions(Map.of("a1", Resolution.KEEP_SERVICE))),
                SettingsPlan.EMPTY).get(0);
        assertThat(row.line()).endsWith("Keep the service's (chosen)");
        assertThat(row.note()).isEqualTo("What collided takes the service's side on both sides.");
    }

    @Test
    void aFieldDefinitionNeedsADecisionAndAPresetShowsItsTexts() {
        SettingsPlan settings = new SettingsPlan(List.of(), List.of(), Optional.empty(), List.of(
                new SettingsConflict("field rating", Optional.of("Number"), Optional.of("Text"), Optional.empty(), List.of(),
                        Resolution.KEEP_BOTH, Resolution.KEEP_BOTH, "the types differ (a type never changes at the service)"),
                new SettingsConflict("preset hero", Optional.empty(), Optional.of("w-400"), Optional.of("w-300"),
                        List.of(Resolution.KEEP_LIBRARY, Resolution.KEEP_SERVICE), Resolution.KEEP_SERVICE, Resolution.KEEP_SERVICE,
                        "deleted in the library, edited at the service")));

        List<ConflictRow> rows = ConflictRows.of(fieldCollision(PlanOptions.DEFAULTS), settings);

        assertThat(rows).extracting(ConflictRow::title).containsExactly("/shoes/a.jpg", "field rating", "preset hero");
        ConflictRow field = rows.get(1);
        assertThat(field.needsDecision()).isTrue();
        assertThat(field.hasPictures()).isFalse();
        assertThat(field.line()).isEqualTo("field rating  —  the types differ (a type never changes at the service)  —  needs a decision");
        assertThat(field.diff()).containsExactly(new ConflictRow.Diff("Type and rules", "Number", "Text", true, true));
        ConflictRow preset = rows.get(2);
        assertThat(preset.diff()).containsExactly(new ConflictRow.Diff("Transformation", "deleted", "w-400", true, true));
        assertThat(preset.note()).isEqualTo("The service's text becomes the library's next version; no copy is made.");
    }
}
