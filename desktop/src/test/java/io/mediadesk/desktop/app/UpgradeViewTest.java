package io.mediadesk.desktop.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.mediadesk.library.LibraryException;
import io.mediadesk.library.store.MigrationListener;
import io.mediadesk.library.store.MigrationProgress;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window while an older catalog is upgraded: progress from another thread (as the opening
 * thread sends it) shows as the step, the count and the bar; a failure shows its message.
 */
@ExtendWith(ApplicationExtension.class)
class UpgradeViewTest {
    private UpgradeViewModel model;

    @Start
    void start(Stage stage) {
        model = new UpgradeViewModel();
        Scene scene = new Scene(new UpgradeView(model), 640, 280);
        Theme.apply(scene, false);
        stage.setScene(scene);
        stage.show();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void progressFromTheOpeningThreadShowsTheStepTheCountAndTheBar(FxRobot robot) throws Exception {
        ProgressBar bar = robot.lookup("#upgrade-progress").queryAs(ProgressBar.class);
        assertThat(bar.getProgress()).as("indeterminate before the first count").isNegative();
        assertThat(text(robot, "#upgrade-count")).isEmpty();

        MigrationListener listener = model.listener(Platform::runLater);
        Thread opening = new Thread(() -> {
            listener.progress(new MigrationProgress(6, "tag sort keys and search words", 0, 500_000, "assets"));
            listener.progress(new MigrationProgress(6, "tag sort keys and search words", 120_000, 500_000, "assets"));
        });
        opening.start();
        opening.join();
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(text(robot, "#upgrade-step")).isEqualTo("Upgrading the catalog to schema 6: tag sort keys and search words");
        assertThat(text(robot, "#upgrade-count")).isEqualTo("120,000 of 500,000 assets");
        assertThat(bar.getProgress()).isEqualTo(0.24);
        assertThat(robot.lookup("#upgrade-error").queryAs(Label.class).isVisible()).isFalse();

        Thread more = new Thread(() -> listener.progress(new MigrationProgress(6, "tag sort keys and search words", 500_000, 500_000, "assets")));
        more.start();
        more.join();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#upgrade-count")).isEqualTo("500,000 of 500,000 assets");
        assertThat(bar.getProgress()).isEqualTo(1.0);
    }

    @Test
    void aFailedUpgradeSaysWhy(FxRobot robot) {
        robot.interact(() -> model.failed(new LibraryException("cannot open the catalog: disk full")));
        Label error = robot.lookup("#upgrade-error").queryAs(Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).isEqualTo("The library could not be opened: cannot open the catalog: disk full");
    }
}
