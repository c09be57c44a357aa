package io.mediadesk.desktop.presets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.mediadesk.desktop.account.Connection;
import io.mediadesk.desktop.account.SandboxAccount;
import io.mediadesk.desktop.app.Debouncer;
import io.mediadesk.desktop.app.TaskRunner;
import io.mediadesk.desktop.purge.PurgePanelViewModel;
import io.mediadesk.desktop.purge.PurgeRow;
import io.mediadesk.desktop.purge.PurgeSources;
import io.mediadesk.desktop.transform.PresetGridViewModel;
import io.mediadesk.desktop.transform.PreviewViewModel;
import io.mediadesk.desktop.transform.TestImages;
import io.mediadesk.desktop.transform.TransformStudioViewModel;
import io.mediadesk.engine.codec.Limits;
import io.mediadesk.engine.render.Renderer;
import io.mediadesk.library.Library;
import io.mediadesk.library.preset.Preset;
import io.mediadesk.library.preset.PresetDiff;
import io.mediadesk.library.preset.PresetVersion;
import io.mediadesk.library.preset.Presets;
import io.mediadesk.sync.purge.PurgeQuota;
import io.mediadesk.sync.purge.PurgeRunner;
import io.mediadesk.sync.sandbox.Sandbox;
import io.mediadesk.sync.sandbox.SandboxOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The presets room's model, plain JUnit on the same thread, against a real temporary SQLite
 * library, the real engine for the preview and the sync module's stand-in for URLs and purges.
 * Expected values are written by hand from the inputs.
 */
class PresetsRoomViewModelTest {
    private static final Renderer RENDERER = new Renderer(Limits.DEFAULT, 1);

    @TempDir
    Path dir;

    private Library library;
    private Presets elsewhere; // another editor of the same catalog
    private final SimpleObjectProperty<Connection> connection = new SimpleObjectProperty<>();
    private PreviewViewModel preview;
    private PresetsRoomViewModel model;

    @BeforeEach
    void open() throws Exception {
        library = Library.open(dir.resolve("lib"), Optional.empty());
        elsewhere = new Presets(library.catalog().presets());
        preview = new PreviewViewModel(RENDERER, TaskRunner.sameThread(), Debouncer.immediate());
        model = new PresetsRoomViewModel(new Presets(library.catalog().presets()), TaskRunner.sameThread(), preview, connection);
        preview.open(TestImages.bmp(dir.resolve("sample.bmp"), 800, 600));
        model.load();
    }

    @AfterEach
    void close() {
        library.close();
    }

    @AfterAll
    static void closeRenderer() {
        RENDERER.close();
    }

    private void create(String name, String transformation) {
        model.newPreset();
        model.nameProperty().set(name);
        model.textProperty().set(transformation);
        model.save();
    }

    private Preset select(String name) {
        Preset p = model.shown().stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow();
        model.select(p);
        return p;
    }

    @Test
    void aNewPresetIsCreatedListedAndPreviewedOnTheSample() {
        model.newPreset();
        model.nameProperty().set("thumb");
        model.textProperty().set("w-200,h-100");
        assertThat(preview.summaryProperty().get()).startsWith("200 × 100 · BMP");
        model.save();

        assertThat(model.messageProperty().get()).isEqualTo("Created thumb.");
        assertThat(model.shown()).extracting(Preset::name, Preset::transformation, Preset::version)
                .containsExactly(tuple("thumb", "w-200,h-100", 1));
        assertThat(model.selectedProperty().get().name()).isEqualTo("thumb");
        assertThat(elsewhere.get("thumb").transformation()).isEqualTo("w-200,h-100");
        assertThat(model.history()).extracting(PresetVersion::number, PresetVersion::change).containsExactly(tuple(1, "created"));
    }

    @Test
    void anInvalidNameIsShownInlineAndNothingIsCreated() {
        model.newPreset();
        model.nameProperty().set("thumb small");
        assertThat(model.nameErrorProperty().get()).contains("' ' at position 5 is not allowed");
        model.textProperty().set("w-200");
        model.save();
        assertThat(model.messageProperty().get()).startsWith("Not saved: preset name \"thumb small\" may hold only");
        assertThat(elsewhere.list()).isEmpty();

        create("thumb", "w-200");
        model.newPreset();
        model.nameProperty().set("thumb");
        assertThat(model.nameErrorProperty().get()).isEqualTo("a preset named \"thumb\" already exists");

        elsewhere.set("card", "w-10", "", 0); // taken by someone else after the list was read
        model.newPreset();
        model.nameProperty().set("card");
        model.textProperty().set("w-20");
        model.save();
        assertThat(model.conflictProperty().get()).isFalse();
        assertThat(model.nameErrorProperty().get()).isEqualTo("a preset named \"card\" already exists; choose another name");
        assertThat(elsewhere.get("card").transformation()).isEqualTo("w-10");
    }

    @Test
    void anInvalidTransformationIsUnderlinedAtItsPositionAndThePreviewKeepsTheLastValidOne() {
        model.newPreset();
        model.nameProperty().set("thumb");
        model.textProperty().set("w-200");
        model.textProperty().set("w-200,zz-3");
        assertThat(model.errorProperty().get()).contains("unknown parameter \"zz\"");
        assertThat(model.errorStartProperty().get()).isEqualTo(6); // "w-200," is 6 characters
        assertThat(model.errorEndProperty().get()).isEqualTo(10);
        assertThat(preview.summaryProperty().get()).startsWith("200 × 150"); // 800x600 at w-200
        model.save();
        assertThat(model.messageProperty().get()).startsWith("Not saved: ").contains("zz");
        assertThat(elsewhere.list()).isEmpty();
    }

    @Test
    void anEditIsSavedAsANewVersionAndTheHistoryShowsTheDiff() {
        create("thumb", "w-200,h-100");
        select("thumb");
        model.textProperty().set("w-300,h-100");
        assertThat(preview.summaryProperty().get()).startsWith("300 × 100");
        model.save();

        assertThat(model.messageProperty().get()).isEqualTo("Saved thumb as version 2.");
        assertThat(elsewhere.get("thumb").transformation()).isEqualTo("w-300,h-100");
        assertThat(model.history()).extracting(PresetVersion::number, PresetVersion::transformation, PresetVersion::change)
                .containsExactly(tuple(1, "w-200,h-100", "created"), tuple(2, "w-300,h-100", "updated"));
        PresetDiff diff = model.diffProperty().get();
        assertThat(diff.changes()).containsExactly(new PresetDiff.Change(PresetDiff.Kind.CHANGED, 1, "w", "w-200", "w-300"));

        model.textProperty().set("w-300,q-80");
        model.save();
        model.diff(1, 3);
        assertThat(model.diffProperty().get().changes()).containsExactlyInAnyOrder(
                new PresetDiff.Change(PresetDiff.Kind.CHANGED, 1, "w", "w-200", "w-300"),
                new PresetDiff.Change(PresetDiff.Kind.REMOVED, 1, "h", "h-100", ""),
                new PresetDiff.Change(PresetDiff.Kind.ADDED, 1, "q", "", "q-80"));
    }

    @Test
    void aStaleEditIsRefusedAsAConflictAndReloadShowsTheOtherVersion() {
        create("thumb", "w-200");
        select("thumb");
        elsewhere.set("thumb", "w-500", "", 1); // someone else, meanwhile
        model.textProperty().set("w-400");
        model.save();

        assertThat(model.conflictProperty().get()).isTrue();
        assertThat(model.messageProperty().get()).startsWith("Changed by someone else").contains("version 1").contains("version 2");
        assertThat(elsewhere.get("thumb").transformation()).as("nothing overwritten").isEqualTo("w-500");
        assertThat(model.textProperty().get()).as("the user's text is kept until reload").isEqualTo("w-400");

        model.reload();
        assertThat(model.conflictProperty().get()).isFalse();
        assertThat(model.textProperty().get()).isEqualTo("w-500");
        model.textProperty().set("w-450");
        model.save();
        assertThat(elsewhere.get("thumb").transformation()).isEqualTo("w-450");
        assertThat(elsewhere.get("thumb").version()).isEqualTo(3);
    }

    @Test
    void renameKeepsTheHistory() {
        create("thumb", "w-200");
        select("thumb");
        model.rename("small");
        assertThat(model.shown()).extracting(Preset::name).containsExactly("small");
        assertThat(model.selectedProperty().get().name()).isEqualTo("small");
        assertThat(model.history()).extracting(PresetVersion::name, PresetVersion::change)
                .containsExactly(tuple("thumb", "created"), tuple("small", "renamed from thumb"));
        model.rename("bad-name");
        assertThat(model.messageProperty().get()).contains("'-' at position 3");
        assertThat(elsewhere.list()).extracting(Preset::name).containsExactly("small");
    }

    @Test
    void deleteMovesToTheTrashAndRestoreBringsItBack() {
        create("thumb", "w-200");
        select("thumb");
        model.delete();
        assertThat(model.shown()).isEmpty();
        assertThat(model.messageProperty().get()).isEqualTo("Moved thumb to the trash (Restore brings it back).");
        model.showTrashProperty().set(true);
        assertThat(model.shown()).extracting(Preset::name, Preset::deleted).containsExactly(tuple("thumb", true));
        select("thumb");
        model.restore();
        assertThat(model.showTrashProperty().get()).isFalse();
        assertThat(model.shown()).extracting(Preset::name, Preset::deleted).containsExactly(tuple("thumb", false));
        assertThat(elsewhere.get("thumb").version()).isEqualTo(3);
    }

    @Test
    void aPresetOthersUseCannotBeDeletedAndTheirNamesAreShown() {
        create("thumb", "w-200");
        create("card", "n-thumb,q-80");
        create("page", "n-card:rt-90");
        create("other", "w-10");
        select("thumb");
        assertThat(model.usedBy()).containsExactly("card", "page");
        model.delete();
        assertThat(model.messageProperty().get()).contains("is used by card");
        assertThat(elsewhere.list()).extracting(Preset::name).contains("thumb");
        select("other");
        assertThat(model.usedBy()).isEmpty();
    }

    @Test
    void rollbackWritesANewVersionEqualToTheOldOne() {
        create("thumb", "w-200,h-100");
        select("thumb");
        model.textProperty().set("w-300");
        model.save();
        model.rollback(1);
        assertThat(model.messageProperty().get()).isEqualTo("Rolled thumb back to version 1: now version 3.");
        assertThat(model.textProperty().get()).isEqualTo("w-200,h-100");
        assertThat(model.history()).extracting(PresetVersion::number, PresetVersion::change)
                .containsExactly(tuple(1, "created"), tuple(2, "updated"), tuple(3, "rolled back to 1"));
        assertThat(preview.summaryProperty().get()).startsWith("200 × 100");
    }

    @Test
    void rollbackIsRefusedWhenThePresetChangedMeanwhile() {
        create("thumb", "w-200");
        select("thumb");
        elsewhere.set("thumb", "w-500", "", 1);
        model.rollback(1);
        assertThat(model.conflictProperty().get()).isTrue();
        assertThat(elsewhere.get("thumb").version()).isEqualTo(2);
    }

    @Test
    void theAffectedUrlsCoverThePresetAndItsUsersAndGoToThePurgePanel() throws Exception {
        try (Sandbox sandbox = Sandbox.start(SandboxOptions.defaults())) {
            create("thumb", "w-200");
            create("card", "n-thumb,q-80");
            select("thumb");
            model.affectedFor(List.of("/products/shoe.jpg"));
            assertThat(model.messageProperty().get()).startsWith("Choose an account first");

            connection.set(SandboxAccount.connect(sandbox));
            model.useSources(new PurgeSources() {
                @Override
                public Supplier<List<String>> selection() {
                    return () -> List.of("/products/shoe.jpg", "/products/red/bag 2.png");
                }

                @Override
                public Optional<Folder> folder() {
                    return Optional.of(new Folder("/campaign/", () -> List.of("/campaign/a.jpg")));
                }
            });
            String base = sandbox.urlEndpoint();
            model.affectedForSelection();
            assertThat(model.affected()).containsExactly(
                    base + "/tr:n-thumb/products/shoe.jpg", base + "/tr:n-thumb/products/red/bag%202.png",
                    base + "/tr:n-card/products/shoe.jpg", base + "/tr:n-card/products/red/bag%202.png");
            model.affectedForFolder();
            assertThat(model.affected()).containsExactly(base + "/tr:n-thumb/campaign/a.jpg", base + "/tr:n-card/campaign/a.jpg");

            PurgePanelViewModel purge = new PurgePanelViewModel(dir.resolve("lib"), connection, TaskRunner.sameThread(), Runnable::run,
                    PurgeRunner.Options.defaults().withPolls(Duration.ofMillis(20), Duration.ofMillis(100)), new PurgeQuota(1000));
            model.usePurge(urls -> {
                purge.planUrls(urls);
                purge.submit();
            });
            model.purgeAffected();
            assertThat(model.messageProperty().get()).isEqualTo("Handed 2 URL(s) to the purge panel.");
            assertThat(purge.rows()).extracting(PurgeRow::url, PurgeRow::status).containsExactly(
                    tuple(base + "/tr:n-thumb/campaign/a.jpg", "Completed"), tuple(base + "/tr:n-card/campaign/a.jpg", "Completed"));
            assertThat(sandbox.purgedUrls()).containsExactly(base + "/tr:n-thumb/campaign/a.jpg", base + "/tr:n-card/campaign/a.jpg");
        }
    }

    @Test
    void theStudioExpandsLibraryPresetsAndSavesItsTransformationAsOne() {
        create("thumb", "w-200,h-100");
        PreviewViewModel studioPreview = new PreviewViewModel(RENDERER, TaskRunner.sameThread(), Debouncer.immediate());
        TransformStudioViewModel studio = new TransformStudioViewModel(studioPreview, new PresetGridViewModel(RENDERER, TaskRunner.sameThread()));
        studio.usePresets(model);
        studioPreview.open(dir.resolve("sample.bmp"));
        studio.textProperty().set("n-thumb");
        assertThat(studio.errorProperty().get()).isEmpty();
        assertThat(studio.validProperty().get().toString()).isEqualTo("w-200,h-100");
        assertThat(studioPreview.summaryProperty().get()).startsWith("200 × 100");
        studio.textProperty().set("n-nothere");
        assertThat(studio.errorProperty().get()).contains("nothere");

        studio.textProperty().set("w-64,h-64");
        String[] said = new String[1];
        studio.saveAsPreset("square", "for avatars", s -> said[0] = s, s -> said[0] = "refused: " + s);
        assertThat(said[0]).isEqualTo("Saved as preset square (use it as n-square).");
        assertThat(elsewhere.get("square").transformation()).isEqualTo("w-64,h-64");
        assertThat(elsewhere.get("square").description()).isEqualTo("for avatars");
        assertThat(model.names()).containsExactly("square", "thumb");
        studio.saveAsPreset("square", "", s -> said[0] = s, s -> said[0] = "refused: " + s);
        assertThat(said[0]).isEqualTo("refused: a preset named \"square\" already exists; choose another name");
        assertThat(elsewhere.get("square").version()).isEqualTo(1);

        studio.grid().addImage(dir.resolve("sample.bmp"));
        studio.grid().addPreset("n-thumb");
        assertThat(studio.grid().presets()).containsExactly("n-thumb");
        assertThat(studio.grid().cells()).singleElement().satisfies(cell -> assertThat(cell.summaryProperty().get()).startsWith("200 × 100"));
    }

    @Test
    void theSampleCanBeTheAssetShownInTheLibrary() throws Exception {
        Path other = TestImages.bmp(dir.resolve("other.bmp"), 300, 200);
        model.sampleFromLibrary();
        assertThat(model.messageProperty().get()).startsWith("Select an asset in the library first");
        model.useLibrarySample(() -> Optional.of(other));
        model.sampleFromLibrary();
        assertThat(preview.sourceProperty().get()).isEqualTo(other);
        assertThat(preview.summaryProperty().get()).startsWith("300 × 200");
    }
}
