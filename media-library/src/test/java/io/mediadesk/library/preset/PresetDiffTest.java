package io.mediadesk.library.preset;

import static org.assertj.core.api.Assertions.assertThat;

import io.mediadesk.library.preset.PresetDiff.Change;
import io.mediadesk.library.preset.PresetDiff.Kind;
import io.mediadesk.library.store.Actor;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Diffs worked out by hand: what a person reading two versions would call added, removed and changed. */
class PresetDiffTest {

    private static PresetVersion v(int n, String name, String tr) {
        return new PresetVersion(n, name, tr, "", Instant.EPOCH, new Actor("alice"), "updated");
    }

    private static PresetDiff diff(String a, String b) {
        return PresetDiff.between(v(1, "p", a), v(2, "p", b));
    }

    @Test
    void aNewStepIsAddedKeyByKey() {
        assertThat(diff("w-100", "w-100:rt-90,fl-h").changes()).containsExactly(
                new Change(Kind.ADDED, 2, "rt", "", "rt-90"),
                new Change(Kind.ADDED, 2, "fl", "", "fl-h"));
    }

    @Test
    void longNamesAndOrderDoNotCountAsChanges() {
        assertThat(diff("w-100,h-50", "height-50,width-100").isEmpty()).isTrue();
    }

    @Test
    void aReferenceIsComparedAsWrittenNotExpanded() {
        assertThat(diff("n-thumb", "n-banner").changes()).containsExactly(new Change(Kind.CHANGED, 1, "n", "n-thumb", "n-banner"));
    }

    @Test
    void aStepMovingChangesBothSteps() {
        // "w-100:h-50" -> "h-50:w-100": step 1 loses w and gains h, step 2 the opposite.
        assertThat(diff("w-100:h-50", "h-50:w-100").changes()).containsExactly(
                new Change(Kind.REMOVED, 1, "w", "w-100", ""),
                new Change(Kind.ADDED, 1, "h", "", "h-50"),
                new Change(Kind.REMOVED, 2, "h", "h-50", ""),
                new Change(Kind.ADDED, 2, "w", "", "w-100"));
    }

    @Test
    void aRenameIsAChangeOfName() {
        PresetDiff d = PresetDiff.between(v(1, "thumb", "w-1"), v(2, "thumb_small", "w-1"));
        assertThat(d.changes()).containsExactly(new Change(Kind.CHANGED, 0, "name", "thumb", "thumb_small"));
        assertThat(d.text()).endsWith("name  changed  thumb -> thumb_small");
    }

    @Test
    void aVersionThatNoLongerParsesIsComparedAsText() {
        assertThat(diff("w-100", "w-100,zz-3").changes()).containsExactly(
                new Change(Kind.CHANGED, 0, "transformation", "w-100", "w-100,zz-3"));
    }

    @Test
    void noChangeSaysSo() {
        assertThat(diff("w-1", "w-1").text()).isEqualTo("- v1  w-1\n+ v2  w-1\nno changes");
    }
}
