package io.mediadesk.desktop.syncpanel;

import static org.assertj.core.api.Assertions.assertThat;

import io.mediadesk.desktop.account.Connection;
import io.mediadesk.desktop.account.SandboxAccount;
import io.mediadesk.desktop.app.TaskRunner;
import io.mediadesk.engine.codec.Limits;
import io.mediadesk.engine.render.Renderer;
import io.mediadesk.library.Library;
import io.mediadesk.library.asset.AssetId;
import io.mediadesk.library.asset.FolderPath;
import io.mediadesk.library.preset.Presets;
import io.mediadesk.sync.client.model.FileQuery;
import io.mediadesk.sync.plan.Resolution;
import io.mediadesk.sync.run.Dispatcher;
import io.mediadesk.sync.sandbox.Sandbox;
import io.mediadesk.sync.sandbox.SandboxOptions;
import io.mediadesk.sync.url.DeliveryFetch;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Conflicts in the sync panel's model against the real stand-in, same-thread tasks: each side as
 * it is, both pictures, a choice that changes the plan, and the run that carries it out.
 */
class SyncConflictsViewModelTest {
    @TempDir
    Path dir;

    private Sandbox sandbox;
    private Library library;
    private Renderer renderer;
    private final SimpleObjectProperty<Connection> connection = new SimpleObjectProperty<>();
    private SyncPanelViewModel model;
    private List<AssetId> ids;

    @BeforeEach
    void start() throws Exception {
        sandbox = Sandbox.start(SandboxOptions.defaults());
        library = Library.open(dir.resolve("lib"), Optional.empty());
        renderer = new Renderer(Limits.DEFAULT, 1);
        model = new SyncPanelViewModel(library, connection, TaskRunner.sameThread(), Runnable::run, n -> Dispatcher.inOrder(),
                new SidePictures(library, renderer, DeliveryFetch.withTimeout(Duration.ofSeconds(15))));
        connection.set(SandboxAccount.connect(sandbox));
        ids = SandboxAccount.importCorpus(library);
        model.plan();
        model.run(); // everything synced: the base both sides now depart from
        assertThat(model.failures()).isEmpty();
    }

    @AfterEach
    void stop() {
        renderer.close();
        library.close();
        sandbox.close();
    }

    private ConflictsViewModel conflicts() {
        return model.conflicts();
    }

    @Test
    void renamedDifferentlyOnBothSidesShowsBothNamesAndPicturesThenTheServicesNameWins() {
        library.assets().move(ids.get(0), FolderPath.root(), "kitty-library.jpg");
        connection.get().client().files().rename("/afl_not_kitty.jpg", "kitty-service.jpg", false);

        model.plan();

        assertThat(conflicts().rows()).hasSize(1);
        ConflictRow row = conflicts().selectedProperty().get();
        assertThat(row.key()).isEqualTo(ids.get(0).value());
        assertThat(row.what()).isEqualTo("moved on both sides");
        assertThat(row.choices()).containsExactly(Resolution.KEEP_LIBRARY, Resolution.KEEP_SERVICE);
        assertThat(row.chosen()).isEqualTo(Resolution.KEEP_LIBRARY);
        ConflictRow.Diff name = row.diff().stream().filter(d -> d.field().equals("Name")).findFirst().orElseThrow();
        assertThat(name).isEqualTo(new ConflictRow.Diff("Name", "kitty-library.jpg", "kitty-service.jpg", true, true));
        assertThat(name.collides()).isTrue();
        ConflictRow.Diff folder = row.diff().stream().filter(d -> d.field().equals("Folder")).findFirst().orElseThrow();
        assertThat(folder.collides()).isFalse();

        // Both pictures: the library's rendered here, the service's fetched from the stand-in's CDN, same content.
        var mine = conflicts().libraryPictureProperty().get();
        var theirs = conflicts().servicePictureProperty().get();
        assertThat(mine).as(conflicts().libraryNoteProperty().get()).isNotNull();
        assertThat(theirs).as(conflicts().serviceNoteProperty().get()).isNotNull();
        assertThat(Math.max(mine.width(), mine.height())).isLessThanOrEqualTo(ConflictPictures.SIZE);
        assertThat(theirs.width()).isEqualTo(mine.width());
        assertThat(theirs.height()).isEqualTo(mine.height());

        conflicts().choose(Resolution.KEEP_SERVICE);

        assertThat(model.choices()).containsEntry(ids.get(0).value(), Resolution.KEEP_SERVICE);
        assertThat(conflicts().selectedProperty().get().chosen()).isEqualTo(Resolution.KEEP_SERVICE);
        assertThat(model.groups()).flatExtracting(PlanGroups.Group::lines).extracting(PlanGroups.Line::text)
                .contains("move local  /kitty-library.jpg  —  -> /kitty-service.jpg");

        model.run();

        assertThat(model.failures()).isEmpty();
        assertThat(library.assets().find(ids.get(0)).orElseThrow().filePath()).isEqualTo("/kitty-service.jpg");
        assertThat(sandbox.file("/kitty-service.jpg")).isPresent();
        assertThat(sandbox.file("/kitty-library.jpg")).isEmpty();
        assertThat(model.choices()).as("a choice is for one plan").isEmpty();
        model.plan();
        assertThat(model.statusProperty().get()).isEqualTo("In sync: nothing to do.");
    }

    @Test
    void aDeleteInTheLibraryAgainstAnEditOnTheServiceCanBeLetWin() {
        library.assets().trash(List.of(ids.get(1)));
        String fileId = connection.get().client().files().files(FileQuery.all()).filter(f -> f.filePath().equals("/afl_not_kitty.webp"))
                .findFirst().orElseThrow().fileId();
        connection.get().client().files().addTags(List.of(fileId), List.of("approved"));

        model.plan();
        ConflictRow row = conflicts().selectedProperty().get();
        assertThat(row.what()).isEqualTo("deleted in the library, changed on the service");
        assertThat(row.chosen()).as("an edit beats a delete unless a person says otherwise").isEqualTo(Resolution.KEEP_SERVICE);
        assertThat(row.diff().get(0)).isEqualTo(new ConflictRow.Diff("State", "deleted (in the trash)", "kept", true, false));
        assertThat(row.diff()).filteredOn(d -> d.field().equals("Tags")).singleElement()
                .satisfies(d -> assertThat(d.service()).isEqualTo("approved"));
        assertThat(conflicts().libraryPictureProperty().get()).as("the trashed asset still shows").isNotNull();

        conflicts().choose(Resolution.KEEP_LIBRARY);
        assertThat(model.groups()).extracting(PlanGroups.Group::kind).contains(PlanGroups.Kind.DELETES);
        model.run();

        assertThat(sandbox.file("/afl_not_kitty.webp")).isEmpty();
        assertThat(library.assets().find(ids.get(1)).orElseThrow().trashed()).isTrue();
    }

    @Test
    void aPresetAddedDifferentlyOnBothSidesCanTakeTheServicesTextWithoutACopy() {
        Presets presets = new Presets(library.catalog().presets());
        presets.set("hero", "w-300");
        connection.get().client().namedTransformations().create("hero", "w-400", true);

        model.plan();
        ConflictRow row = conflicts().rows().stream().filter(r -> r.key().equals("preset hero")).findFirst().orElseThrow();
        assertThat(row.hasPictures()).isFalse();
        assertThat(row.diff()).containsExactly(new ConflictRow.Diff("Transformation", "w-300", "w-400", true, true));
        assertThat(row.chosen()).isEqualTo(Resolution.KEEP_BOTH);

        conflicts().selectedProperty().set(row);
        conflicts().choose(Resolution.KEEP_SERVICE);
        model.run();

        assertThat(model.failures()).isEmpty();
        assertThat(presets.get("hero").transformation()).isEqualTo("w-400");
        assertThat(presets.find("hero_conflict_1")).isEmpty();
        assertThat(connection.get().client().namedTransformations().list()).extracting(t -> t.name() + "=" + t.transformation())
                .containsExactly("hero=w-400");
    }

    @Test
    void switchingTheAccountForgetsTheChoices() {
        library.assets().move(ids.get(0), FolderPath.root(), "a.jpg");
        connection.get().client().files().rename("/afl_not_kitty.jpg", "b.jpg", false);
        model.plan();
        conflicts().choose(Resolution.KEEP_SERVICE);
        assertThat(model.choices()).hasSize(1);

        connection.set(null);

        assertThat(model.choices()).isEmpty();
        assertThat(conflicts().rows()).isEmpty();
        assertThat(conflicts().libraryPictureProperty().get()).isNull();
    }
}
