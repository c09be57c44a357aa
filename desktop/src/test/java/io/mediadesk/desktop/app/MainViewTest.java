package io.mediadesk.desktop.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.mediadesk.desktop.library.BrowserFixture;

import io.mediadesk.desktop.transform.PresetGridViewModel;
import io.mediadesk.desktop.transform.PreviewViewModel;
import io.mediadesk.desktop.transform.TransformStudioView;
import io.mediadesk.desktop.transform.TransformStudioViewModel;
import io.mediadesk.engine.codec.Limits;
import io.mediadesk.engine.render.Renderer;
import io.mediadesk.library.Library;
import java.nio.file.Files;
import java.util.Map;
import java.util.Optional;
import javafx.css.PseudoClass;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The window frame with both real areas: the sidebar and the shortcuts switch between them. */
@ExtendWith(ApplicationExtension.class)
class MainViewTest {
    private static Library library;
    private static Renderer renderer;
    private MainViewModel model;
    private Scene scene;

    @Start
    void start(Stage stage) throws Exception {
        library = Library.open(Files.createTempDirectory("main-view"), Optional.empty());
        renderer = new Renderer(Limits.DEFAULT, 1);
        TaskRunner tasks = TaskRunner.sameThread();
        TransformStudioViewModel studio = new TransformStudioViewModel(
                new PreviewViewModel(renderer, tasks, Debouncer.immediate()), new PresetGridViewModel(renderer, tasks));
        model = new MainViewModel();
        scene = new Scene(new MainView(model, Map.of(Section.LIBRARY,
                BrowserFixture.of(library, renderer, tasks).view(), Section.STUDIO, new TransformStudioView(studio))),
                1200, 800);
        Theme.apply(scene, false);
        model.darkProperty().addListener((obs, was, dark) -> Theme.apply(scene, dark));
        stage.setScene(scene);
        stage.show();
    }

    @AfterAll
    static void close() {
        library.close();
        renderer.close();
    }

    @Test
    void theSidebarAndTheShortcutsSwitchBetweenLibraryAndStudio(FxRobot robot) {
        assertThat(robot.lookup("#library-browser").query().isVisible()).isTrue();
        assertThat(robot.lookup("#transform-studio").query().isVisible()).isFalse();
        robot.clickOn("#nav-studio");
        assertThat(robot.lookup("#transform-studio").query().isVisible()).isTrue();
        assertThat(robot.lookup("#library-browser").query().isVisible()).isFalse();
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        assertThat(model.sectionProperty().get()).isEqualTo(Section.LIBRARY);
        assertThat(robot.lookup("#library-browser").query().isVisible()).isTrue();
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        assertThat(robot.lookup("#transform-studio").query().isVisible()).isTrue();
    }

    @Test
    void theThemeSwitchesToDarkAndBack(FxRobot robot) {
        PseudoClass dark = PseudoClass.getPseudoClass("dark");
        robot.clickOn("#theme-toggle");
        assertThat(model.darkProperty().get()).isTrue();
        assertThat(scene.getRoot().getPseudoClassStates()).contains(dark);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.D).release(KeyCode.D, KeyCode.SHIFT, KeyCode.CONTROL);
        assertThat(model.darkProperty().get()).isFalse();
        assertThat(scene.getRoot().getPseudoClassStates()).doesNotContain(dark);
    }
}
