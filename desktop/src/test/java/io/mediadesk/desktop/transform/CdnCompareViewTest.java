package io.mediadesk.desktop.transform;

import static org.assertj.core.api.Assertions.assertThat;

import io.mediadesk.desktop.account.Connection;
import io.mediadesk.desktop.account.SandboxAccount;
import io.mediadesk.desktop.app.Debouncer;
import io.mediadesk.desktop.app.TaskRunner;
import io.mediadesk.desktop.app.Theme;
import io.mediadesk.desktop.transform.CdnCompareViewModel.LibraryImage;
import io.mediadesk.engine.codec.Limits;
import io.mediadesk.engine.render.Renderer;
import io.mediadesk.sync.sandbox.Sandbox;
import io.mediadesk.sync.sandbox.SeedFile;
import io.mediadesk.sync.url.DeliveryFetch;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The studio's "Compare with CDN" toggle, headless, against the stand-in holding the same image. */
@ExtendWith(ApplicationExtension.class)
class CdnCompareViewTest {
    private final Renderer renderer = new Renderer(Limits.DEFAULT, 1);
    private Sandbox sandbox;
    private Optional<LibraryImage> current = Optional.empty();
    private Path photo;

    @Start
    void start(Stage stage) throws Exception {
        photo = TestImages.bmp(Files.createTempDirectory("cdn-view").resolve("photo.bmp"), 1000, 667);
        sandbox = Sandbox.start();
        sandbox.seed(Stream.of(SeedFile.of("/pics", "photo.bmp", Files.readAllBytes(photo))));
        PreviewViewModel preview = new PreviewViewModel(renderer, TaskRunner.sameThread(), Debouncer.immediate());
        TransformStudioViewModel studio = new TransformStudioViewModel(preview, new PresetGridViewModel(renderer, TaskRunner.sameThread()));
        CdnCompareViewModel cdn = new CdnCompareViewModel(studio, new SimpleObjectProperty<Connection>(SandboxAccount.connect(sandbox)),
                renderer, TaskRunner.sameThread(), Debouncer.immediate(), DeliveryFetch.withTimeout(Duration.ofSeconds(10)),
                () -> current);
        Scene scene = new Scene(new TransformStudioView(studio, cdn), 1200, 800);
        Theme.apply(scene, false);
        stage.setScene(scene);
        stage.show();
        preview.open(photo);
        studio.textProperty().set("w-200");
    }

    @AfterEach
    void stop() {
        sandbox.close();
        renderer.close();
    }

    @Test
    void theToggleShowsLocalCdnAndDifferenceSideBySide(FxRobot robot) {
        robot.clickOn("#compare-with-cdn");
        Label message = robot.lookup("#cdn-message").queryAs(Label.class);
        assertThat(message.getText()).startsWith("Open a library asset to compare with the CDN");
        assertThat(robot.lookup("#cdn-open-library-asset").query().isVisible()).isTrue();

        current = Optional.of(new LibraryImage(photo, "/pics/photo.bmp")); // the library's selection is this image
        robot.clickOn("#cdn-open-library-asset");

        assertThat(message.getText()).isEqualTo("The CDN serves what you see here.");
        assertThat(robot.lookup("#cdn-local-summary").queryAs(Label.class).getText()).startsWith("200 × 133 · ");
        assertThat(robot.lookup("#cdn-remote-summary").queryAs(Label.class).getText())
                .isEqualTo(robot.lookup("#cdn-local-summary").queryAs(Label.class).getText());
        assertThat(robot.lookup("#cdn-figures").queryAs(Label.class).getText()).contains("mean difference 0.00 levels");
        assertThat(robot.lookup("#cdn-difference").queryAs(ImageView.class).getImage().getWidth()).isEqualTo(200);
        assertThat(robot.lookup("#cdn-url").queryAs(Label.class).getText()).endsWith("/tr:w-200/pics/photo.bmp");

        robot.clickOn("#compare-with-cdn");
        assertThat(robot.lookup("#preview-stage").tryQuery()).isPresent();
        assertThat(robot.lookup("#cdn-compare").tryQuery()).isEmpty();
    }
}
