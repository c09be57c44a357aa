package io.mediadesk.desktop.settings;

import static org.assertj.core.api.Assertions.assertThat;

import io.mediadesk.desktop.Version;
import io.mediadesk.desktop.app.MainView;
import io.mediadesk.desktop.app.MainViewModel;
import io.mediadesk.desktop.app.Section;
import io.mediadesk.desktop.app.TaskRunner;
import io.mediadesk.desktop.app.Theme;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window's frame with every area: Settings and About from the sidebar, the theme saved, Ctrl+3..5 to the new areas. */
@ExtendWith(ApplicationExtension.class)
class SettingsViewTest {
    private Path library;
    private MainViewModel main;
    private SettingsViewModel settings;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        library = Files.createTempDirectory("settings-view");
        settings = new SettingsViewModel(new SettingsStore(library), TaskRunner.sameThread(), library.toString(), "embedded SQLite");
        main = new MainViewModel();
        settings.darkProperty().bindBidirectional(main.darkProperty());
        main.sectionProperty().addListener((o, was, now) -> settings.sectionShown(now.name()));
        Map<Section, java.util.function.Supplier<Node>> areas = new EnumMap<>(Section.class);
        for (Section s : Section.values()) {
            Label area = new Label(s.title());
            area.setId("area-" + s.name().toLowerCase(java.util.Locale.ROOT));
            areas.put(s, () -> area);
        }
        MainView view = new MainView(main, areas);
        view.addFooterButton("open-settings", "Settings", () -> SettingsDialogs.settings(stage, settings));
        view.addFooterButton("open-about", "About", () -> SettingsDialogs.about(stage));
        Scene scene = new Scene(view, 1100, 720);
        Theme.apply(scene, false);
        main.darkProperty().addListener((o, was, dark) -> Theme.apply(scene, dark));
        stage.getIcons().setAll(WindowPlacement.icons());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void theSettingsDialogShowsTheLibraryAndSwitchesTheThemeWhichIsSaved(FxRobot robot) throws Exception {
        robot.clickOn("#open-settings");
        assertThat(robot.lookup("#settings-library").queryAs(TextField.class).getText()).isEqualTo(library.toString());
        assertThat(robot.lookup("#settings-catalog").queryAs(TextField.class).getText()).isEqualTo("embedded SQLite");
        robot.clickOn("#settings-dark");
        assertThat(main.darkProperty().get()).isTrue();
        assertThat(new SettingsStore(library).load().theme()).isEqualTo("dark");
        closeDialogs(robot);
    }

    @Test
    void theAboutBoxShowsTheVersionAndTheLicences(FxRobot robot) {
        robot.clickOn("#open-about");
        assertThat(robot.lookup("#about-version").queryAs(Label.class).getText()).isEqualTo("Version " + Version.value());
        assertThat(robot.lookup("#about-licences").lookup(".label").queryAll()).extracting(n -> ((Label) n).getText())
                .contains("OpenJFX 21 (JavaFX)", "GPL-2.0 with Classpath Exception", "ControlsFX 11.2", "BSD-3-Clause");
        closeDialogs(robot);
    }

    @Test
    void theNewAreasHaveTheirShortcutsAndTheSectionShownIsRemembered(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        assertThat(robot.lookup("#area-sync").query().isVisible()).isTrue();
        robot.clickOn("#nav-accounts");
        assertThat(robot.lookup("#area-accounts").query().isVisible()).isTrue();
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        assertThat(main.sectionProperty().get()).isEqualTo(Section.PURGE);
        assertThat(new SettingsStore(library).load().section()).isEqualTo("PURGE");
        assertThat(stage.getIcons()).hasSize(6);
    }

    @Test
    void theWindowGoesBackWhereItWasAndAMaximisedOneKeepsItsNormalBounds(FxRobot robot) {
        java.util.concurrent.atomic.AtomicReference<java.util.function.Supplier<WindowState>> normal =
                new java.util.concurrent.atomic.AtomicReference<>();
        robot.interact(() -> {
            normal.set(WindowPlacement.trackNormalBounds(stage));
            WindowPlacement.restore(stage, new WindowState(40, 30, 900, 600, false));
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(new double[] {stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()}).containsExactly(40, 30, 900, 600);
        robot.interact(() -> stage.setMaximized(true));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> assertThat(WindowPlacement.capture(stage, normal.get().get()))
                .isEqualTo(new WindowState(40, 30, 900, 600, true)));
        robot.interact(() -> {
            stage.setMaximized(false);
            WindowPlacement.restore(stage, new WindowState(40, 30, 900, 600, false));
            WindowPlacement.restore(stage, new WindowState(-5000, 30, 900, 600, false));
        });
        // Off every screen: it opens as a first window does, fitted to the primary screen and centred.
        var screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        WindowState first = WindowState.firstOpening(new WindowState.Area(screen.getMinX(), screen.getMinY(), screen.getWidth(),
                screen.getHeight()));
        assertThat(new double[] {stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()})
                .containsExactly(first.x(), first.y(), first.width(), first.height());
    }

    private static void closeDialogs(FxRobot robot) {
        robot.interact(() -> Window.getWindows().stream().filter(w -> w instanceof Stage && w.getScene() != null
                && w.getScene().getRoot().getStyleClass().contains("dialog-pane")).toList().forEach(Window::hide));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
