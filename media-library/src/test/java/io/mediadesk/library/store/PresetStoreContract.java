package io.mediadesk.library.store;

import static io.mediadesk.library.fixture.AssetBuilder.asset;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mediadesk.engine.transform.InvalidTransformationException;
import io.mediadesk.engine.transform.TransformationParser;
import io.mediadesk.library.InvalidValueException;
import io.mediadesk.library.asset.Asset;
import io.mediadesk.library.preset.Preset;
import io.mediadesk.library.preset.PresetDiff;
import io.mediadesk.library.preset.PresetInUseException;
import io.mediadesk.library.preset.PresetVersion;
import io.mediadesk.library.preset.Presets;
import io.mediadesk.library.preset.SavedSearch;
import io.mediadesk.library.preset.SavedSearches;
import io.mediadesk.library.preset.UnknownNameException;
import io.mediadesk.library.query.QueryParser;
import io.mediadesk.library.query.QuerySyntaxException;
import io.mediadesk.library.query.SortKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link PresetStore} and {@link SavedSearchStore}, through the rules that callers
 * use ({@link Presets}, {@link SavedSearches}): versions, conflicts, rename, rollback, trash,
 * name rules, the engine's refusals, cycles, references, audit. Every adapter runs it by subclassing.
 */
public abstract class PresetStoreContract {
    /** A clock that moves one second per reading, so every change has its own time. */
    static final class Ticking extends Clock {
        private Instant now = Instant.parse("2026-03-01T10:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public synchronized Instant instant() {
            now = now.plus(Duration.ofSeconds(1));
            return now;
        }
    }

    protected Catalog catalog;
    protected Presets presets;
    private final Ticking clock = new Ticking();

    /** Opens the store under test, the same one each time it is called within a test. */
    protected abstract Catalog open(Actor actor, Clock clock);

    @BeforeEach
    void openCatalog() {
        reopen("alice (mediadesk)");
    }

    private void reopen(String actor) {
        if (catalog != null) catalog.close();
        catalog = open(new Actor(actor), clock);
        presets = new Presets(catalog.presets());
    }

    @AfterEach
    void close() {
        catalog.close();
    }

    @Test
    void aNewPresetIsVersionOneAndListedByName() {
        Preset thumb = presets.set("thumb", "tr:w-150,h-150");
        presets.set("banner", "w-1200,h-300,c-maintain_ratio");
        assertThat(thumb.version()).isEqualTo(1);
        assertThat(thumb.transformation()).as("tr: stripped").isEqualTo("w-150,h-150");
        assertThat(presets.list()).extracting(Preset::name).containsExactly("banner", "thumb");
        assertThat(presets.get("thumb")).isEqualTo(thumb);
        List<PresetVersion> history = presets.history("thumb");
        assertThat(history).hasSize(1);
        assertThat(history.get(0)).extracting(PresetVersion::number, PresetVersion::transformation, PresetVersion::actor, PresetVersion::change)
                .containsExactly(1, "w-150,h-150", new Actor("alice (mediadesk)"), "created");
    }

    @Test
    void everyChangeIsANewVersionWithTimeAndAuthorAndTheSameContentWritesNothing() {
        Preset v1 = presets.set("thumb", "w-150");
        reopen("bob (mediadesk)");
        Preset v2 = presets.set("thumb", "w-200");
        assertThat(v2.version()).isEqualTo(2);
        assertThat(v2.createdAt()).isEqualTo(v1.createdAt());
        assertThat(v2.updatedAt()).isAfter(v1.updatedAt());
        assertThat(presets.set("thumb", "w-200")).isEqualTo(v2);
        List<PresetVersion> history = presets.history("thumb");
        assertThat(history).extracting(PresetVersion::number).containsExactly(1, 2);
        assertThat(history).extracting(v -> v.actor().name()).containsExactly("alice (mediadesk)", "bob (mediadesk)");
        assertThat(history.get(1).at()).isAfter(history.get(0).at());
        assertThat(history.get(1).change()).isEqualTo("updated");
    }

    @Test
    void aViewActingAsAnotherActorAuthorsItsChangesAndSharesTheRecords() {
        presets.set("thumb", "w-150");
        Presets bySync = new Presets(catalog.presets().actingAs(new Actor("mediadesk sync")));
        bySync.set("thumb", "w-300");
        bySync.set("banner", "w-1200");
        presets.set("thumb", "w-400");
        assertThat(presets.history("thumb")).extracting(v -> v.actor().name(), PresetVersion::transformation)
                .containsExactly(tuple("alice (mediadesk)", "w-150"), tuple("mediadesk sync", "w-300"), tuple("alice (mediadesk)", "w-400"));
        assertThat(presets.history("banner")).extracting(v -> v.actor().name()).containsExactly("mediadesk sync");
        assertThat(bySync.get("thumb").version()).as("one set of records").isEqualTo(3);
    }

    @Test
    void anEditorWhoReadAnOlderVersionOverwritesNothing() {
        presets.set("thumb", "w-150");
        int read = presets.get("thumb").version();
        presets.set("thumb", "w-300", "", read); // the other editor wins the race
        assertThatThrownBy(() -> presets.set("thumb", "w-999", "", read))
                .isInstanceOf(ConcurrentChangeException.class).hasMessageContaining("version 1").hasMessageContaining("version 2");
        assertThatThrownBy(() -> catalog.presets().change("thumb", read,
                new PresetChange("preset.update", "updated", "thumb", "w-999", "", false)))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(presets.get("thumb").transformation()).isEqualTo("w-300");
        assertThat(presets.history("thumb")).hasSize(2);
        assertThatThrownBy(() -> presets.set("fresh", "w-1", "", 3)).isInstanceOf(UnknownNameException.class);
        assertThatThrownBy(() -> presets.set("thumb", "w-1", "", 0)) // "create": the name is taken, not a race
                .isInstanceOf(InvalidValueException.class).hasMessage("a preset named \"thumb\" already exists");
        presets.delete("thumb");
        assertThatThrownBy(() -> presets.set("thumb", "w-1", "", 0))
                .isInstanceOf(InvalidValueException.class).hasMessage("a preset named \"thumb\" already exists (in the trash)");
        assertThat(presets.history("thumb")).hasSize(3);
    }

    @Test
    void creatingANameTakenIsRefusedByTheStore() {
        presets.set("thumb", "w-150");
        assertThatThrownBy(() -> catalog.presets().create("thumb", "w-1", ""))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("already exists");
        assertThat(presets.history("thumb")).hasSize(1);
    }

    @Test
    void aRenameKeepsTheHistoryAndFreesTheOldName() {
        presets.set("thumb", "w-150");
        presets.set("thumb", "w-160");
        Preset renamed = presets.rename("thumb", "thumb_small");
        assertThat(renamed.version()).isEqualTo(3);
        assertThatThrownBy(() -> presets.get("thumb")).isInstanceOf(UnknownNameException.class).hasMessageContaining("\"thumb\"");
        List<PresetVersion> history = presets.history("thumb_small");
        assertThat(history).extracting(PresetVersion::name).containsExactly("thumb", "thumb", "thumb_small");
        assertThat(history.get(2).change()).isEqualTo("renamed from thumb");
        assertThat(history.get(2).transformation()).isEqualTo("w-160");
        presets.set("thumb", "w-10");
        assertThat(presets.history("thumb")).hasSize(1);
        assertThatThrownBy(() -> presets.rename("thumb", "thumb_small"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("already exists");
    }

    @Test
    void aRollbackIsANewVersionEqualToTheOldOne() {
        presets.set("thumb", "w-100,h-100", "square", 0);
        presets.set("thumb", "w-200", "wide", 1);
        Preset back = presets.rollback("thumb", 1);
        assertThat(back.version()).isEqualTo(3);
        assertThat(back.transformation()).isEqualTo("w-100,h-100");
        assertThat(back.description()).isEqualTo("square");
        assertThat(presets.history("thumb")).extracting(PresetVersion::transformation)
                .containsExactly("w-100,h-100", "w-200", "w-100,h-100");
        assertThat(presets.history("thumb").get(2).change()).isEqualTo("rolled back to 1");
        assertThatThrownBy(() -> presets.rollback("thumb", 9)).isInstanceOf(UnknownNameException.class)
                .hasMessageContaining("no version 9").hasMessageContaining("1-3");
    }

    @Test
    void aDeletedPresetGoesToTheTrashAndComesBackWithItsHistory() {
        presets.set("thumb", "w-150");
        presets.delete("thumb");
        assertThat(presets.list()).isEmpty();
        assertThat(presets.trash()).extracting(Preset::name).containsExactly("thumb");
        assertThatThrownBy(() -> presets.get("thumb")).isInstanceOf(UnknownNameException.class).hasMessageContaining("trash");
        assertThat(presets.lookup().find("thumb")).isEmpty();
        assertThatThrownBy(() -> new TransformationParser(presets.lookup()).parse("n-thumb"))
                .isInstanceOf(InvalidTransformationException.class).hasMessageContaining("unknown named transformation");
        Preset restored = presets.restore("thumb");
        assertThat(restored.deleted()).isFalse();
        assertThat(restored.version()).isEqualTo(3);
        assertThat(presets.history("thumb")).extracting(PresetVersion::change).containsExactly("created", "deleted", "restored");
        presets.delete("thumb");
        Preset revived = presets.set("thumb", "w-300");
        assertThat(revived.deleted()).isFalse();
        assertThat(revived.version()).isEqualTo(5);
        assertThat(presets.history("thumb").get(4).change()).isEqualTo("restored with a new transformation");
    }

    @Test
    void namesFollowTheServicesRule() {
        assertThatThrownBy(() -> presets.set("my thumb", "w-1")).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("' ' at position 2").extracting(e -> ((InvalidValueException) e).rule()).isEqualTo("characters");
        assertThatThrownBy(() -> presets.set("thumb-small", "w-1")).isInstanceOf(InvalidValueException.class).hasMessageContaining("'-'");
        assertThatThrownBy(() -> presets.set("", "w-1")).isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).rule()).isEqualTo("required");
        assertThatThrownBy(() -> presets.set("a".repeat(101), "w-1")).isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).rule()).isEqualTo("maxLength");
        assertThatThrownBy(() -> presets.set("thumb", "  ")).isInstanceOf(InvalidValueException.class).hasMessageContaining("needs a transformation");
        presets.set("Thumb_2", "w-1");
        presets.set("thumb_2", "w-2");
        assertThat(presets.list()).extracting(Preset::name).as("case-sensitive").containsExactly("Thumb_2", "thumb_2");
        assertThat(presets.list()).hasSize(2);
    }

    @Test
    void anInvalidTransformationIsRefusedWithTheEnginesMessageAndNothingIsStored() {
        assertThatThrownBy(() -> presets.set("thumb", "w-150,q-0"))
                .isInstanceOf(InvalidTransformationException.class)
                .hasMessageContaining("q-0 at position 6")
                .satisfies(e -> assertThat(((InvalidTransformationException) e).position()).isEqualTo(6));
        assertThatThrownBy(() -> presets.set("thumb", "w-150,nosuchkey-3")).isInstanceOf(InvalidTransformationException.class)
                .hasMessageContaining("nosuchkey");
        assertThat(presets.list()).isEmpty();
        assertThat(presets.trash()).isEmpty();
    }

    @Test
    void aCycleIsRefusedWhenThePresetIsSet() {
        presets.set("a", "w-100");
        presets.set("b", "n-a,h-50");
        assertThatThrownBy(() -> presets.set("a", "n-b"))
                .isInstanceOf(InvalidTransformationException.class)
                .hasMessageContaining("cycle").hasMessageContaining("a -> b -> a");
        assertThat(presets.get("a").transformation()).isEqualTo("w-100");
        assertThatThrownBy(() -> presets.set("self", "w-10:n-self")).isInstanceOf(InvalidTransformationException.class)
                .hasMessageContaining("cycle");
        assertThatThrownBy(() -> presets.set("c", "n-missing")).isInstanceOf(InvalidTransformationException.class)
                .hasMessageContaining("unknown named transformation \"missing\"");
        assertThat(presets.list()).extracting(Preset::name).containsExactly("a", "b");
    }

    @Test
    void aPresetOthersUseCannotBeDeletedRenamedOrBrokenForThem() {
        presets.set("a", "w-100");
        presets.set("b", "n-a,h-50");
        assertThatThrownBy(() -> presets.delete("a")).isInstanceOf(PresetInUseException.class)
                .hasMessageContaining("used by b").hasMessageContaining("unknown named transformation \"a\"");
        assertThatThrownBy(() -> presets.rename("a", "a2")).isInstanceOf(PresetInUseException.class).hasMessageContaining("used by b");
        // b merges a into its own step, which works only while a is a single step.
        assertThatThrownBy(() -> presets.set("a", "w-100:rt-90")).isInstanceOf(PresetInUseException.class)
                .hasMessageContaining("used by b");
        assertThat(presets.get("a").version()).isEqualTo(1);
        presets.set("b", "h-50");
        presets.delete("a");
        assertThat(presets.list()).extracting(Preset::name).containsExactly("b");
    }

    @Test
    void theCatalogsLookupExpandsPresetsForTheEngine() {
        presets.set("thumb", "w-150,h-150");
        presets.set("Thumb", "?tr=w-10");
        assertThat(presets.get("Thumb").transformation()).isEqualTo("w-10");
        assertThat(new TransformationParser(presets.lookup()).parse("tr:n-thumb:rotation-N90").toString()).isEqualTo("w-150,h-150:rt-N90");
        assertThat(new TransformationParser(presets.lookup()).parse("n-Thumb").toString()).as("case-sensitive").isEqualTo("w-10");
        presets.set("Outer", "n-Thumb:n-thumb");
        assertThatThrownBy(() -> presets.set("Thumb", "n-Outer")).isInstanceOf(InvalidTransformationException.class)
                .hasMessageContaining("Thumb -> Outer -> Thumb");
    }

    @Test
    void aDiffNamesEachParameterThatChanged() {
        presets.set("thumb", "w-300,h-200:rt-90", "", 0);
        presets.set("thumb", "width-400,height-200,q-80", "smaller", 1);
        PresetDiff diff = presets.diff("thumb", 1, 2);
        // By hand: step 1 w 300 -> 400, h unchanged (height-200 = h-200), q added; step 2 (rt-90) gone.
        assertThat(diff.changes()).containsExactly(
                new PresetDiff.Change(PresetDiff.Kind.CHANGED, 1, "w", "w-300", "w-400"),
                new PresetDiff.Change(PresetDiff.Kind.ADDED, 1, "q", "", "q-80"),
                new PresetDiff.Change(PresetDiff.Kind.REMOVED, 2, "rt", "rt-90", ""),
                new PresetDiff.Change(PresetDiff.Kind.CHANGED, 0, "description", "", "smaller"));
        assertThat(diff.text()).contains("step 1  w  changed  w-300 -> w-400", "step 2  rt  removed  rt-90", "- v1  w-300,h-200:rt-90");
        assertThat(presets.diff("thumb", 2, 2).isEmpty()).isTrue();
    }

    @Test
    void presetChangesAreInTheAuditTrail() {
        presets.set("thumb", "w-150");
        presets.set("thumb", "w-200");
        presets.delete("thumb");
        List<AuditEntry> trail = catalog.assets().audit(Optional.empty(), 10);
        assertThat(trail).extracting(AuditEntry::action).containsExactly("preset.delete", "preset.update", "preset.create");
        assertThat(trail).allSatisfy(e -> {
            assertThat(e.assetId()).isEmpty();
            assertThat(e.actor()).isEqualTo("alice (mediadesk)");
        });
        assertThat(trail.get(1).detail()).contains("thumb v2", "w-200");
    }

    @Test
    void presetsAndTheirHistorySurviveAReopen() {
        presets.set("thumb", "w-150", "list pages", 0);
        presets.set("thumb", "w-160", "list pages", 1);
        List<PresetVersion> before = presets.history("thumb");
        Preset preset = presets.get("thumb");
        reopen("bob");
        assertThat(presets.get("thumb")).isEqualTo(preset);
        assertThat(presets.history("thumb")).isEqualTo(before);
    }

    // Saved searches.

    private SavedSearches searches() {
        return new SavedSearches(catalog.savedSearches(), new QueryParser(clock));
    }

    @Test
    void aSavedSearchRunsAsTheSearchItHolds() {
        catalog.assets().add(asset(1).named("a.jpg").tags("summer").size(10).build(), Map.of());
        catalog.assets().add(asset(2).named("b.jpg").tags("summer").size(30).build(), Map.of());
        catalog.assets().add(asset(3).named("c.jpg").tags("winter").size(20).build(), Map.of());
        SavedSearch s = searches().save("Summer, biggest first", "tags IN [\"summer\"]", SortKey.DESC_SIZE);
        assertThat(s.version()).isEqualTo(1);
        assertThat(searches().run("Summer, biggest first", catalog.assets(), 0, 10).items()).extracting(Asset::name)
                .containsExactly("b.jpg", "a.jpg");
        assertThat(searches().list()).containsExactly(s);
        SavedSearch v2 = searches().save("Summer, biggest first", "tags IN [\"summer\", \"winter\"]", SortKey.ASC_SIZE);
        assertThat(v2.version()).isEqualTo(2);
        assertThat(v2.createdAt()).isEqualTo(s.createdAt());
        assertThat(searches().run("Summer, biggest first", catalog.assets(), 0, 10).items()).extracting(Asset::name)
                .containsExactly("a.jpg", "c.jpg", "b.jpg");
        assertThat(catalog.assets().audit(Optional.empty(), 1)).extracting(AuditEntry::action).containsExactly("search.save");
    }

    @Test
    void aMalformedQueryIsRefusedAtTheTokenAndNothingIsSaved() {
        assertThatThrownBy(() -> searches().save("broken", "tags IN [\"summer\"", SortKey.ASC_CREATED))
                .isInstanceOf(QuerySyntaxException.class);
        assertThatThrownBy(() -> searches().save(" padded", "", SortKey.ASC_CREATED)).isInstanceOf(InvalidValueException.class);
        assertThat(searches().list()).isEmpty();
    }

    @Test
    void savedSearchesHaveVersionsUniqueNamesAndADelete() {
        SavedSearch s = searches().save("big", "size > \"1mb\"", SortKey.ASC_CREATED, 0);
        assertThatThrownBy(() -> searches().save("big", "size > \"2mb\"", SortKey.ASC_CREATED, 0))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("already exists");
        searches().save("big", "size > \"2mb\"", SortKey.ASC_CREATED, s.version());
        assertThatThrownBy(() -> searches().save("big", "size > \"3mb\"", SortKey.ASC_CREATED, s.version()))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(searches().get("big").query()).isEqualTo("size > \"2mb\"");
        assertThat(searches().delete("big")).isTrue();
        assertThat(searches().delete("big")).isFalse();
        assertThatThrownBy(() -> searches().get("big")).isInstanceOf(UnknownNameException.class);
        reopen("bob");
        assertThat(searches().list()).isEmpty();
    }
}
