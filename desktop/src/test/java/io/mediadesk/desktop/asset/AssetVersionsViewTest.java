package io.mediadesk.desktop.asset;

import static org.assertj.core.api.Assertions.assertThat;

import io.mediadesk.desktop.app.TaskRunner;
import io.mediadesk.desktop.library.BrowserFixture;
import io.mediadesk.engine.codec.Limits;
import io.mediadesk.engine.render.Renderer;
import io.mediadesk.library.Library;
import io.mediadesk.library.asset.Asset;
import io.mediadesk.library.asset.FolderPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The asset panel's Versions headless under Monocle: Replace from the file chooser, the versions
 * listed with their thumbnails, Restore asked first (Cancel changes nothing), Undo from the panel.
 */
@ExtendWith(ApplicationExtension.class)
class AssetVersionsViewTest {
    private Library library;
    private Renderer renderer;
    private BrowserFixture fx;
    private Path first;
    private Path second;

    @Start
    void start(Stage stage) throws Exception {
        library = Library.open(Files.createTempDirectory("asset-versions"), Optional.empty());
        renderer = new Renderer(Limits.DEFAULT, 1);
        fx = BrowserFixture.of(library, renderer, TaskRunner.sameThread());
        stage.setScene(new Scene(fx.view(), 1280, 800));
        stage.show();
        first = BrowserFixture.CORPUS.resolve(VersionsViewModelTest.FIRST);
        second = BrowserFixture.CORPUS.resolve(VersionsViewModelTest.SECOND);
    }

    @AfterEach
    void close() throws Exception {
        fx.browser().close();
        library.close();
        renderer.close();
    }

    @Test
    void replaceListsBothVersionsAndARestoreIsAskedFirstAndUndoable(FxRobot robot) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(first), "no shared corpus");
        Path folder = Files.createDirectories(Files.createTempDirectory("corpus").resolve("campaign"));
        Files.copy(first, folder.resolve(first.getFileName()));
        robot.interact(() -> fx.importer().start(List.of(folder), FolderPath.root()));
        WaitForAsyncUtils.waitForFxEvents();
        Node tile = robot.lookup(".asset-tile").queryAll().stream().filter(n -> ((IndexedCell<?>) n).getItem() != null)
                .findFirst().orElseThrow();
        robot.clickOn(tile);
        Asset asset = fx.browser().currentProperty().get();
        ListView<?> list = robot.lookup("#asset-versions").queryAs(ListView.class);
        assertThat(list.getItems()).hasSize(1);
        assertThat(robot.lookup("#version-restore").queryButton().isDisabled()).isTrue(); // nothing older to restore

        VersionsPane pane = robot.lookup("#versions-pane").queryAs(VersionsPane.class);
        robot.interact(() -> {
            pane.chooseWith(owner -> second.toFile());
            robot.lookup("#asset-panel").queryAs(javafx.scene.control.ScrollPane.class).setVvalue(1); // the versions in view
        });
        robot.clickOn("#version-replace");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(library.assets().find(asset.id()).orElseThrow().contentHash()).isEqualTo(VersionsViewModelTest.sha256(second));
        assertThat(titles(robot)).containsExactly("Version 2 · current", "Version 1");
        assertThat(robot.lookup("#versions-message").queryAs(Label.class).getText())
                .isEqualTo("Replaced the content of " + first.getFileName() + " with " + second.getFileName() + ": version 2 (version 1 kept)");
        // both originals are kept: each row gets its thumbnail (made by the queue's worker, handed over on the FX thread)
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup(".version-cell").lookup(".image-view")
                .queryAllAs(ImageView.class).stream().filter(v -> v.getImage() != null).count() == 2);

        robot.clickOn(robot.lookup(".version-cell").queryAllAs(javafx.scene.control.ListCell.class).stream()
                .filter(c -> c.getItem() != null && ((VersionsViewModel.Row) c.getItem()).version().number() == 1).findFirst().orElseThrow());
        robot.clickOn("#version-restore");
        robot.clickOn("Cancel");
        assertThat(library.assets().find(asset.id()).orElseThrow().contentHash()).isEqualTo(VersionsViewModelTest.sha256(second));
        assertThat(titles(robot)).hasSize(2);

        robot.clickOn("#version-restore");
        robot.clickOn("OK");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(library.assets().find(asset.id()).orElseThrow().contentHash()).isEqualTo(VersionsViewModelTest.sha256(first));
        assertThat(titles(robot)).containsExactly("Version 3 · current", "Version 2", "Version 1");

        robot.interact(() -> robot.lookup("#asset-panel").queryAs(javafx.scene.control.ScrollPane.class).setVvalue(0));
        robot.clickOn("#undo");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(library.assets().find(asset.id()).orElseThrow().contentHash()).isEqualTo(VersionsViewModelTest.sha256(second));
        assertThat(fx.browser().statusProperty().get()).isEqualTo("Undone: restored version 1 of " + first.getFileName());
        assertThat(titles(robot)).first().isEqualTo("Version 4 · current");
    }

    private static List<String> titles(FxRobot robot) {
        return robot.lookup("#asset-versions").queryAs(ListView.class).getItems().stream()
                .map(r -> ((VersionsViewModel.Row) r).title()).toList();
    }
}
