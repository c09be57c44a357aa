package io.mediadesk.desktop.library;

import static org.assertj.core.api.Assertions.assertThat;

import io.mediadesk.desktop.app.TaskRunner;
import io.mediadesk.engine.codec.Limits;
import io.mediadesk.engine.render.Renderer;
import io.mediadesk.library.Library;
import io.mediadesk.library.asset.FolderPath;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import org.controlsfx.control.GridView;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The window builds the library browser only when it is first shown (another area may be on
 * show at start), so its ViewModel may have searched and listed the folders already: the view
 * must show that state, not wait for the next change.
 */
@ExtendWith(ApplicationExtension.class)
class BrowserBuiltLateTest {
    private static Library library;
    private static Renderer renderer;

    @Start
    void start(Stage stage) throws Exception {
        library = Library.open(Files.createTempDirectory("browser-late"), Optional.empty());
        renderer = new Renderer(Limits.DEFAULT, 1);
        BrowserFixture.seed(library, 3); // img0..img2 under /f/
        BrowserFixture fixture = BrowserFixture.of(library, renderer, TaskRunner.sameThread());
        fixture.browser().open(); // counted, searched and folders listed: no view yet
        LibraryBrowserView view = new LibraryBrowserView(fixture.browser(), fixture.importer(), fixture.panel(), fixture.thumbnails());
        stage.setScene(new Scene(view, 1100, 700));
        stage.show();
    }

    @AfterAll
    static void close() {
        library.close();
        renderer.close();
    }

    @Test
    void theFolderTreeAndTheGridShowWhatWasLoadedBeforeTheViewExisted(FxRobot robot) {
        @SuppressWarnings("unchecked")
        TreeView<FolderPath> tree = robot.lookup("#folder-tree").queryAs(TreeView.class);
        List<String> folders = tree.getRoot().getChildren().stream().map(TreeItem::getValue).map(FolderPath::toString).toList();
        assertThat(folders).containsExactly("/f/");
        GridView<?> grid = robot.lookup("#asset-grid").queryAs(GridView.class);
        assertThat(grid.getItems()).hasSize(3);
    }
}
