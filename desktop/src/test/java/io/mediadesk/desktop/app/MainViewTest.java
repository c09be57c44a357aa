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
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
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
import org.testfx.util.WaitForAsyncUtils;

/** The window frame with two real areas and a stand-in: the sidebar and the shortcuts switch between them; areas are built on demand. */
@ExtendWith(ApplicationExtension.class)
class MainViewTest {
    private static Library library;
    private static Renderer renderer;
    private MainViewModel model;
    private Scene scene;
    private MainView view;
    /** How often each area was built. */
    private final Map<Section, AtomicInteger> builds = new EnumMap<>(Section.class);

    @Start
    void start(Stage stage) throws Exception {
        library = Library.open(Files.createTempDirectory("main-view"), Optional.empty());
        renderer = new Renderer(Limits.DEFAULT, 1);
        TaskRunner tasks = TaskRunner.sameThread();
        TransformStudioViewModel studio = new TransformStudioViewModel(
                new PreviewViewModel(renderer, tasks, Debouncer.immediate()), new PresetGridViewModel(renderer, tasks));
        model = new MainViewModel();
        for (Section s : Section.values()) builds.put(s, new AtomicInteger());
        Map<Section, Supplier<? extends Node>> areas = new EnumMap<>(Section.class);
        areas.put(Section.LIBRARY, counted(Section.LIBRARY, () -> BrowserFixture.of(library, renderer, tasks).view()));
        areas.put(Section.STUDIO, counted(Section.STUDIO, () -> new TransformStudioView(studio)));
        areas.put(Section.ACCOUNTS, counted(Section.ACCOUNTS, () -> {
            Label label = new Label("accounts");
            label.setId("accounts-area");
            return label;
        }));
        view = new MainView(model, areas);
        scene = new Scene(view, 1200, 800);
        Theme.apply(scene, false);
        model.darkProperty().addListener((obs, was, dark) -> Theme.apply(scene, dark));
        stage.setScene(scene);
        stage.show();
    }

    private Supplier<Node> counted(Section section, Supplier<? extends Node> area) {
        return () -> {
            builds.get(section).incrementAndGet();
            return area.get();
        };
    }

    @AfterAll
    static void close() {
        library.close();
        renderer.close();
    }

    @Test
    void onlyTheAreaOnShowIsBuiltWithTheWindowAndEachOtherOnceOnItsFirstVisit(FxRobot robot) {
        assertThat(builds.get(Section.LIBRARY)).hasValue(1);
        assertThat(builds.get(Section.STUDIO)).hasValue(0);
        assertThat(robot.lookup("#transform-studio").tryQuery()).isEmpty();
        assertThat(view.isBuilt(Section.STUDIO)).isFalse();
        assertThat(robot.lookup("#nav-studio").tryQuery()).isPresent(); // its button is there from the start
        assertThat(robot.lookup("#nav-sync").tryQuery()).isEmpty(); // no area given, no button

        robot.clickOn("#nav-studio");
        assertThat(robot.lookup("#transform-studio").query().isVisible()).isTrue();
        robot.clickOn("#nav-library");
        robot.clickOn("#nav-studio");
        assertThat(builds.get(Section.STUDIO)).hasValue(1);
        assertThat(builds.get(Section.LIBRARY)).hasValue(1);
        assertThat(builds.get(Section.ACCOUNTS)).hasValue(0);
        assertThat(robot.lookup("#accounts-area").tryQuery()).isEmpty();
    }

    @Test
    void buildRestBuildsEveryAreaNotVisitedYetOnceAndHidden(FxRobot robot) throws Exception {
        robot.interact(() -> view.buildRest(Platform::runLater));
        WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS,
                () -> builds.get(Section.STUDIO).get() > 0 && builds.get(Section.ACCOUNTS).get() > 0);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(builds.get(Section.LIBRARY)).hasValue(1);
        assertThat(builds.get(Section.STUDIO)).hasValue(1);
        assertThat(builds.get(Section.ACCOUNTS)).hasValue(1);
        assertThat(view.isBuilt(Section.ACCOUNTS)).isTrue();
        assertThat(robot.lookup("#transform-studio").query().isVisible()).isFalse();
        assertThat(robot.lookup("#accounts-area").query().isVisible()).isFalse();
        assertThat(robot.lookup("#library-browser").query().isVisible()).isTrue();

        robot.clickOn("#nav-accounts"); // built already: shown, not built again
        assertThat(robot.lookup("#accounts-area").query().isVisible()).isTrue();
        assertThat(builds.get(Section.ACCOUNTS)).hasValue(1);
    }

    @Test
    void theSidebarAndTheShortcutsSwitchBetweenLibraryAndStudio(FxRobot robot) {
        assertThat(robot.lookup("#library-browser").query().isVisible()).isTrue();
        assertThat(robot.lookup("#transform-studio").tryQuery()).isEmpty(); // not visited yet
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
