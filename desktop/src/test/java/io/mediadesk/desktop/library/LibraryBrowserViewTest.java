package io.mediadesk.desktop.library;

import static org.assertj.core.api.Assertions.assertThat;

import io.mediadesk.desktop.app.TaskRunner;
import io.mediadesk.engine.codec.Limits;
import io.mediadesk.engine.render.Renderer;
import io.mediadesk.library.Library;
import io.mediadesk.library.asset.FolderPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real browser headless under Monocle: import, search, select, tag, trash and restore. */
@ExtendWith(ApplicationExtension.class)
class LibraryBrowserViewTest {
    private static Library library;
    private static Renderer renderer;
    private BrowserFixture fx;

    @Start
    void start(Stage stage) throws Exception {
        library = Library.open(Files.createTempDirectory("browser-view"), Optional.empty());
        renderer = new Renderer(Limits.DEFAULT, 1);
        fx = BrowserFixture.of(library, renderer, TaskRunner.sameThread());
        stage.setScene(new Scene(fx.view(), 1300, 850));
        stage.show();
    }

    @AfterAll
    static void close() {
        library.close();
        renderer.close();
    }

    @Test
    void importSearchSelectTagThenTrashAndRestore(FxRobot robot) throws Exception {
        assertThat(robot.lookup("#empty-title").query().getParent().isVisible()).isTrue();
        Path folder = BrowserFixture.corpusFolder(Files.createTempDirectory("corpus"), 4);
        robot.interact(() -> fx.importer().start(List.of(folder), FolderPath.root()));
        assertThat(robot.lookup("#empty-title").query().getParent().isVisible()).isFalse();
        assertThat(fx.browser().resultsProperty().get()).hasSize(4);

        robot.clickOn("#search-field").write("path : \"/campaign/\"").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx.browser().resultsProperty().get()).hasSize(4);

        List<javafx.scene.Node> tiles = robot.lookup(".asset-tile").queryAll().stream()
                .filter(n -> ((AssetTile) n).getItem() != null).map(n -> (javafx.scene.Node) n).toList();
        robot.clickOn(tiles.get(0));
        robot.press(KeyCode.CONTROL).clickOn(tiles.get(1)).release(KeyCode.CONTROL);
        assertThat(fx.browser().selection().ids()).hasSize(2);
        robot.clickOn("#tag-input").write("spring-launch").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#tag-chips").lookup(".tag-chip").queryAll()).hasSize(1);
        assertThat(fx.browser().selection().ids()).allSatisfy(id ->
                assertThat(library.assets().find(id).orElseThrow().tags().toString()).contains("spring-launch"));

        robot.clickOn(tiles.get(0)).type(KeyCode.DELETE);
        assertThat(fx.browser().resultsProperty().get()).hasSize(3);
        robot.clickOn("#trash-toggle");
        assertThat(fx.browser().resultsProperty().get()).hasSize(1);
        robot.clickOn(robot.lookup(".asset-tile").queryAll().stream().filter(n -> ((AssetTile) n).getItem() != null)
                .findFirst().orElseThrow());
        robot.clickOn("#restore");
        assertThat(fx.browser().resultsProperty().get()).isEmpty();
        robot.clickOn("#trash-toggle");
        assertThat(fx.browser().resultsProperty().get()).hasSize(4);
    }
}
