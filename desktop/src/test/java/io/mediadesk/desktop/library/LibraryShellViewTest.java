package io.mediadesk.desktop.library;

import static org.assertj.core.api.Assertions.assertThat;

import io.mediadesk.desktop.app.TaskRunner;
import io.mediadesk.library.Library;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The real view, headless under Monocle, on a real empty library. */
@ExtendWith(ApplicationExtension.class)
class LibraryShellViewTest {
    private static Library library;

    @Start
    void start(Stage stage) throws Exception {
        library = Library.open(Files.createTempDirectory("shell-view"), Optional.empty());
        LibraryShellViewModel model = new LibraryShellViewModel(library, TaskRunner.sameThread());
        stage.setScene(new Scene(new LibraryShellView(model), 900, 600));
        stage.show();
        model.refresh();
    }

    @AfterAll
    static void closeLibrary() {
        library.close();
    }

    @Test
    void anEmptyLibraryShowsItsEmptyStateCountAndCatalog(FxRobot robot) {
        TreeView<?> tree = robot.lookup("#folder-tree").queryAs(TreeView.class);
        assertThat(tree.getRoot().getValue()).isEqualTo("All assets (0)");
        Label title = robot.lookup("#empty-title").queryAs(Label.class);
        assertThat(title.getText()).isEqualTo("No assets yet");
        assertThat(title.getParent().isVisible()).isTrue();
        StatusBar status = robot.lookup("#status-bar").queryAs(StatusBar.class);
        assertThat(status.getText()).contains("SQLite").contains("0 assets");
    }
}
