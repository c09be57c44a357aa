package io.mediadesk.desktop.library;

import static org.assertj.core.api.Assertions.assertThat;

import io.mediadesk.desktop.app.TaskRunner;
import io.mediadesk.engine.codec.Limits;
import io.mediadesk.engine.render.Renderer;
import io.mediadesk.library.Library;
import io.mediadesk.library.asset.AssetId;
import io.mediadesk.library.asset.Tag;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Completion in the real window, headless: the tags offered come from the library (none of them
 * is on a page the window has loaded before they are typed), with their counts, and a click on
 * one puts it in the field.
 */
@ExtendWith(ApplicationExtension.class)
class CompletionViewTest {
    private static Library library;
    private static Renderer renderer;
    private BrowserFixture fx;
    private List<AssetId> ids;

    @Start
    void start(Stage stage) throws Exception {
        library = Library.open(Files.createTempDirectory("completion-view"), Optional.empty());
        renderer = new Renderer(Limits.DEFAULT, 1);
        ids = BrowserFixture.seed(library, 4);
        library.assets().addTags(ids.subList(0, 3), List.of(Tag.of("summer-sale")));
        library.assets().addTags(List.of(ids.get(3)), List.of(Tag.of("summit")));
        fx = BrowserFixture.of(library, renderer, TaskRunner.sameThread());
        stage.setScene(new Scene(fx.view(), 1300, 850));
        stage.show();
    }

    @AfterAll
    static void close() {
        library.close();
        renderer.close();
    }

    private static List<String> popupLines(FxRobot robot) {
        return robot.lookup(".auto-complete-popup .list-cell").queryAll().stream().map(n -> (ListCell<?>) n)
                .filter(c -> c.getText() != null && !c.getText().isEmpty())
                .sorted(java.util.Comparator.comparingInt(ListCell::getIndex)).map(ListCell::getText).toList();
    }

    private static Node line(FxRobot robot, String text) {
        return robot.lookup(".auto-complete-popup .list-cell").queryAll().stream()
                .filter(n -> text.equals(((ListCell<?>) n).getText())).findFirst().orElseThrow();
    }

    @Test
    void theSearchBarAndTheTagEditorOfferTheLibrarysTagsWithCounts(FxRobot robot) {
        robot.clickOn("#search-field").write("tags IN [\"SUMM");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(popupLines(robot)).containsExactly("summer-sale  · 3", "summit  · 1");
        robot.clickOn(line(robot, "summer-sale  · 3"));
        WaitForAsyncUtils.waitForFxEvents();
        TextField search = robot.lookup("#search-field").queryAs(TextField.class);
        assertThat(search.getText()).isEqualTo("tags IN [\"summer-sale\"");
        robot.clickOn(search).write("]").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx.browser().resultsProperty().get()).hasSize(3);

        robot.interact(() -> fx.browser().currentProperty().set(library.assets().find(ids.get(3)).orElseThrow()));
        robot.clickOn("#tag-input").write("Su");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(popupLines(robot)).containsExactly("summer-sale  · 3", "summit  · 1");
        robot.clickOn(line(robot, "summer-sale  · 3"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#tag-input").queryAs(TextField.class).getText()).isEqualTo("summer-sale");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(library.assets().find(ids.get(3)).orElseThrow().tags()).containsExactly(Tag.of("summer-sale"), Tag.of("summit"));
    }
}
