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

    @Test
    void aFileDroppedOnThePreviewFromAnotherAppReplacesTheContentAndATileDraggedThereDoesNot(FxRobot robot) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(first), "no shared corpus");
        Path folder = Files.createDirectories(Files.createTempDirectory("corpus").resolve("campaign"));
        Files.copy(first, folder.resolve(first.getFileName()));
        robot.interact(() -> fx.importer().start(List.of(folder), FolderPath.root()));
        WaitForAsyncUtils.waitForFxEvents();
        Node tile = robot.lookup(".asset-tile").queryAll().stream().filter(n -> ((IndexedCell<?>) n).getItem() != null)
                .findFirst().orElseThrow();
        robot.clickOn(tile);
        Asset asset = fx.browser().currentProperty().get();
        Node preview = robot.lookup("#preview-drop").query();

        // From the grid (a gesture source in this window): neither accepted nor taken.
        assertThat(drag(robot, preview, javafx.scene.input.DragEvent.DRAG_OVER, List.of(second), tile).getAcceptedTransferMode()).isNull();
        assertThat(drag(robot, preview, javafx.scene.input.DragEvent.DRAG_DROPPED, List.of(second), tile).isDropCompleted()).isFalse();
        // Two files at once: refused.
        assertThat(drag(robot, preview, javafx.scene.input.DragEvent.DRAG_OVER, List.of(second, first), null)
                .getAcceptedTransferMode()).isNull();
        assertThat(library.assets().versions(asset.id())).hasSize(1);

        // One file from another app: accepted, and the drop replaces the content.
        assertThat(drag(robot, preview, javafx.scene.input.DragEvent.DRAG_OVER, List.of(second), null).getAcceptedTransferMode())
                .isEqualTo(javafx.scene.input.TransferMode.COPY);
        assertThat(drag(robot, preview, javafx.scene.input.DragEvent.DRAG_DROPPED, List.of(second), null).isDropCompleted()).isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(library.assets().find(asset.id()).orElseThrow().contentHash()).isEqualTo(VersionsViewModelTest.sha256(second));
        assertThat(titles(robot)).containsExactly("Version 2 · current", "Version 1");
    }

    /**
     * Fires a drag event carrying {@code files} at {@code target}, as the OS delivers one: Monocle
     * has no system drag and drop, so the Dragboard is made as JavaFX makes one for a drop from
     * another app (over a clipboard peer offering the files for a copy), with {@code source} as
     * the gesture source (null: outside).
     */
    private static javafx.scene.input.DragEvent drag(FxRobot robot, Node target, javafx.event.EventType<javafx.scene.input.DragEvent> type,
            List<Path> files, Node source) {
        javafx.scene.input.DragEvent[] fired = new javafx.scene.input.DragEvent[1];
        robot.interact(() -> {
            javafx.scene.input.Dragboard board = com.sun.javafx.scene.input.DragboardHelper.createDragboard(new DropPeer(files));
            javafx.geometry.Bounds b = target.localToScene(target.getBoundsInLocal());
            fired[0] = new javafx.scene.input.DragEvent(source, target, type, board, b.getCenterX(), b.getCenterY(), b.getCenterX(),
                    b.getCenterY(), javafx.scene.input.TransferMode.COPY, source, target, null);
            javafx.event.Event.fireEvent(target, fired[0]);
        });
        return fired[0];
    }

    /** What the OS hands JavaFX for a drag from another app: a list of files, offered for a copy. */
    private static final class DropPeer implements com.sun.javafx.tk.TKClipboard {
        private final List<java.io.File> files;

        DropPeer(List<Path> files) {
            this.files = files.stream().map(Path::toFile).toList();
        }

        @Override
        public void setSecurityContext(java.security.AccessControlContext context) {
        }

        @Override
        public java.util.Set<javafx.scene.input.DataFormat> getContentTypes() {
            return java.util.Set.of(javafx.scene.input.DataFormat.FILES);
        }

        @Override
        @SafeVarargs
        public final boolean putContent(javafx.util.Pair<javafx.scene.input.DataFormat, Object>... content) {
            return false;
        }

        @Override
        public Object getContent(javafx.scene.input.DataFormat format) {
            return javafx.scene.input.DataFormat.FILES.equals(format) ? files : null;
        }

        @Override
        public boolean hasContent(javafx.scene.input.DataFormat format) {
            return javafx.scene.input.DataFormat.FILES.equals(format);
        }

        @Override
        public java.util.Set<javafx.scene.input.TransferMode> getTransferModes() {
            return java.util.Set.of(javafx.scene.input.TransferMode.COPY);
        }

        @Override
        public void setDragView(javafx.scene.image.Image image) {
        }

        @Override
        public void setDragViewOffsetX(double offset) {
        }

        @Override
        public void setDragViewOffsetY(double offset) {
        }

        @Override
        public javafx.scene.image.Image getDragView() {
            return null;
        }

        @Override
        public double getDragViewOffsetX() {
            return 0;
        }

        @Override
        public double getDragViewOffsetY() {
            return 0;
        }
    }

    private static List<String> titles(FxRobot robot) {
        return robot.lookup("#asset-versions").queryAs(ListView.class).getItems().stream()
                .map(r -> ((VersionsViewModel.Row) r).title()).toList();
    }
}
