package io.mediadesk.desktop.transform;

import static org.assertj.core.api.Assertions.assertThat;

import io.mediadesk.desktop.app.Debouncer;
import io.mediadesk.desktop.app.TaskRunner;
import io.mediadesk.desktop.app.Theme;
import io.mediadesk.engine.codec.Limits;
import io.mediadesk.engine.render.Renderer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real studio view, headless under Monocle, rendering a generated image with the real engine. */
@ExtendWith(ApplicationExtension.class)
class TransformStudioViewTest {
    private static final Renderer RENDERER = new Renderer(Limits.DEFAULT, 1);
    private TransformStudioViewModel model;

    @Start
    void start(Stage stage) throws Exception {
        Path photo = TestImages.bmp(Files.createTempDirectory("studio-view").resolve("photo.bmp"), 1000, 667);
        PreviewViewModel preview = new PreviewViewModel(RENDERER, TaskRunner.sameThread(), Debouncer.immediate());
        model = new TransformStudioViewModel(preview, new PresetGridViewModel(RENDERER, TaskRunner.sameThread()));
        Scene scene = new Scene(new TransformStudioView(model), 1200, 800);
        Theme.apply(scene, false);
        stage.setScene(scene);
        stage.show();
        preview.open(photo);
    }

    @AfterAll
    static void close() {
        RENDERER.close();
    }

    @Test
    void typingATransformationChangesThePreviewSize(FxRobot robot) {
        Label size = robot.lookup("#output-size").queryAs(Label.class);
        assertThat(size.getText()).startsWith("1000 × 667");
        robot.clickOn("#transform-field").write("w-400,h-300");
        assertThat(size.getText()).startsWith("400 × 300 · BMP");
        assertThat(robot.lookup("#param-w").queryTextInputControl().getText()).isEqualTo("400");
    }

    @Test
    void theErrorIsUnderlinedUnderTheOffendingToken(FxRobot robot) {
        robot.clickOn("#transform-field").write("w-400,zz-3");
        Node underline = robot.lookup("#error-underline").query();
        Label error = robot.lookup("#transform-error").queryAs(Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).contains("unknown parameter \"zz\"");
        Font font = robot.lookup("#transform-field").queryTextInputControl().getFont();
        double before = width("w-400,", font);
        double token = width("zz-3", font);
        Bounds bounds = underline.getBoundsInLocal();
        assertThat(bounds.getMinX()).isBetween(before - 2, before + 2);
        assertThat(bounds.getWidth()).isBetween(token - 3, token + 3);
        robot.type(KeyCode.BACK_SPACE, 5); // "w-400," would still be an error: an empty parameter
        assertThat(robot.lookup("#error-underline").tryQuery()).isEmpty();
        assertThat(error.isVisible()).isFalse();
    }

    private static double width(String text, Font font) {
        Text measure = new Text(text);
        measure.setFont(font);
        return measure.getLayoutBounds().getWidth();
    }

    @Test
    void theBeforeAfterSliderWipes(FxRobot robot) {
        Slider wipe = robot.lookup("#wipe").queryAs(Slider.class);
        assertThat(wipe.getValue()).isEqualTo(0.5);
        robot.drag(wipe.lookup(".thumb"), MouseButton.PRIMARY).moveBy(-wipe.getWidth() / 4, 0).release(MouseButton.PRIMARY);
        assertThat(wipe.getValue()).isBetween(0.15, 0.35);
    }

    @Test
    void aHostedOnlyKeyShowsTheRefusal(FxRobot robot) {
        robot.clickOn("#transform-field").write("e-upscale");
        Label refusal = robot.lookup("#refusal").queryAs(Label.class);
        assertThat(refusal.isVisible()).isTrue();
        assertThat(refusal.getText()).contains("e-upscale");
    }

    @Test
    void theSideBySideGridShowsACellPerPresetAndImage(FxRobot robot) {
        robot.clickOn("#transform-field").write("w-400,h-300");
        robot.clickOn("Side by side");
        System.gc(); // listeners must survive a collection (a per-call read-only list view would not)
        robot.clickOn("#grid-add-current");
        robot.interact(() -> model.textProperty().set("w-120,f-png"));
        robot.clickOn("#grid-add-current");
        assertThat(robot.lookup(".grid-cell").queryAll()).hasSize(2);
        assertThat(robot.lookup(".grid-summary").queryAllAs(Label.class)).extracting(Label::getText)
                .anySatisfy(text -> assertThat(text).isEqualTo("400 × 300 · BMP · 352 KB"))
                .anySatisfy(text -> assertThat(text).startsWith("120 × 80 · PNG · "));
    }

    @Test
    void completionOffersLongNamesFromTheKeyTable(FxRobot robot) throws Exception {
        robot.clickOn("#transform-field").write("w-400,rota");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".auto-complete-popup .list-view").tryQuery().isPresent());
        ListView<?> list = robot.lookup(".auto-complete-popup .list-view").queryAs(ListView.class);
        assertThat(list.getItems()).extracting(Object::toString).anySatisfy(s -> assertThat(s).startsWith("rotation"));
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.textProperty().get()).startsWith("w-400,rotat").endsWith("-");
    }
}
