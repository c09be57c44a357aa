package io.mediadesk.desktop.transform;

import static org.assertj.core.api.Assertions.assertThat;

import io.mediadesk.desktop.app.Debouncer;
import io.mediadesk.desktop.app.TaskRunner;
import io.mediadesk.desktop.app.Theme;
import io.mediadesk.engine.codec.Limits;
import io.mediadesk.engine.render.Renderer;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.image.PixelReader;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The studio's zoom, headless under Monocle (output scale 1, so at 100 % one output pixel is one
 * screen pixel), read back with snapshots of the viewport. The source is 1000 x 667 with one pure
 * green pixel at (137, 83); the window is small enough that the quick preview is a smaller copy
 * (the marker smeared) and the output at 100 % is bigger than the viewport, so panned to its
 * top-left corner output pixel (x, y) is viewport pixel (x, y). Exact renders are held until the
 * test lets them report.
 */
@ExtendWith(ApplicationExtension.class)
class StudioZoomViewTest {
    private static final Renderer RENDERER = new Renderer(Limits.DEFAULT, 1);
    private static final int GREEN = 0xFF00FF00;
    private TransformStudioViewModel model;
    private ControllableTasks exact;

    @Start
    void start(Stage stage) throws Exception {
        Path photo = TestImages.bmp(Files.createTempDirectory("studio-zoom").resolve("marked.bmp"), 1000, 667, 137, 83);
        exact = ControllableTasks.holdingReports();
        PreviewViewModel preview = new PreviewViewModel(RENDERER, TaskRunner.sameThread(), Debouncer.immediate(), exact,
                Debouncer.immediate());
        model = new TransformStudioViewModel(preview, new PresetGridViewModel(RENDERER, TaskRunner.sameThread()));
        Scene scene = new Scene(new TransformStudioView(model), 1000, 700);
        Theme.apply(scene, false);
        stage.setScene(scene);
        stage.show();
        preview.open(photo);
    }

    @AfterAll
    static void close() {
        RENDERER.close();
    }

    @BeforeEach
    void outputAloneAtHundredPercent(FxRobot robot) {
        robot.interact(() -> robot.lookup("#wipe").queryAs(Slider.class).setValue(0)); // the output alone
        robot.clickOn("#zoom-100");
        assertThat(robot.lookup("#zoom-level").queryAs(Label.class).getText()).isEqualTo("100%");
    }

    private Region viewport(FxRobot robot) {
        return robot.lookup("#preview-viewport").queryAs(Region.class);
    }

    private int pixel(FxRobot robot, int x, int y) {
        Region viewport = viewport(robot);
        int[] argb = new int[1];
        robot.interact(() -> {
            SnapshotParameters params = new SnapshotParameters();
            params.setViewport(new Rectangle2D(0, 0, viewport.getWidth(), viewport.getHeight()));
            PixelReader reader = viewport.snapshot(params, null).getPixelReader();
            argb[0] = reader.getArgb(x, y);
        });
        return argb[0];
    }

    private void panToTopLeft(FxRobot robot) {
        // more than the output overhangs (1000 - ~680, 667 - ~480): the pan stops at the corner
        robot.drag(viewport(robot), MouseButton.PRIMARY).moveBy(250, 200).release(MouseButton.PRIMARY);
    }

    private boolean badge(FxRobot robot) {
        return robot.lookup("#zoom-preview-badge").query().isVisible();
    }

    @Test
    void atHundredPercentAnExactPixelLandsOnItsScreenPixel(FxRobot robot) {
        Region viewport = viewport(robot);
        assertThat(viewport.getWidth()).isLessThan(1000); // the premise: the output overhangs
        assertThat(viewport.getHeight()).isLessThan(667);
        assertThat(badge(robot)).isTrue(); // the quick preview, enlarged
        panToTopLeft(robot);
        assertThat(pixel(robot, 137, 83)).isNotEqualTo(GREEN); // smeared in the smaller copy
        robot.interact(exact::completeAll);
        assertThat(badge(robot)).isFalse();
        assertThat(pixel(robot, 137, 83)).isEqualTo(GREEN);
        for (int[] d : new int[][] {{-1, 0}, {1, 0}, {0, -1}, {0, 1}}) {
            assertThat(pixel(robot, 137 + d[0], 83 + d[1])).isNotEqualTo(GREEN); // one pixel, not smoothed or doubled
        }
        // dragged 100 left and 60 up, output pixel (137, 83) is at (37, 23)
        robot.drag(viewport, MouseButton.PRIMARY).moveBy(-100, -60).release(MouseButton.PRIMARY);
        assertThat(pixel(robot, 37, 23)).isEqualTo(GREEN);
        assertThat(pixel(robot, 137, 83)).isNotEqualTo(GREEN);
        robot.clickOn("#zoom-200");
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT0).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#zoom-level").queryAs(Label.class).getText()).startsWith("Fit");
    }

    @Test
    void ctrlWheelZoomsAroundThePointer(FxRobot robot) {
        robot.interact(exact::completeAll);
        panToTopLeft(robot);
        Region viewport = viewport(robot);
        // the wheel turned away from the user (JavaFX: deltaY > 0) with ctrl, the pointer at the marker's
        // left edge; fired as an event: the headless robot's wheel direction is its own
        Point2D screen = viewport.localToScreen(137, 83);
        Point2D scene = viewport.localToScene(137, 83); // an event's x, y are the scene's until it is delivered
        robot.interact(() -> viewport.fireEvent(new ScrollEvent(ScrollEvent.SCROLL, scene.getX(), scene.getY(), screen.getX(), screen.getY(),
                false, true, false, false, false, false, 0, 40, 0, 40, ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null)));
        assertThat(robot.lookup("#zoom-level").queryAs(Label.class).getText()).isEqualTo("200%");
        // the output pixel under the pointer stays there, now 2 x 2 screen pixels: (137..138, 83..84)
        for (int[] p : new int[][] {{137, 83}, {138, 83}, {137, 84}, {138, 84}}) {
            assertThat(pixel(robot, p[0], p[1])).isEqualTo(GREEN);
        }
        for (int[] p : new int[][] {{136, 83}, {139, 83}, {137, 82}, {137, 85}}) {
            assertThat(pixel(robot, p[0], p[1])).isNotEqualTo(GREEN);
        }
    }

    @Test
    void aStaleExactRenderNeverShows(FxRobot robot) {
        robot.interact(exact::completeAll);
        // A cuts the marker to (37, 33), B to (137, 83); both 900 x 600, cut without resampling
        robot.interact(() -> model.textProperty().set("cm-extract,x-100,y-50,w-900,h-600"));
        robot.interact(() -> model.textProperty().set("cm-extract,x-0,y-0,w-900,h-600"));
        assertThat(exact.pending()).isEqualTo(2);
        panToTopLeft(robot);
        assertThat(badge(robot)).isTrue();
        robot.interact(() -> exact.complete(0)); // A's exact render reports late
        assertThat(pixel(robot, 37, 33)).isNotEqualTo(GREEN);
        assertThat(badge(robot)).isTrue();
        robot.interact(() -> exact.complete(0));
        assertThat(badge(robot)).isFalse();
        assertThat(pixel(robot, 137, 83)).isEqualTo(GREEN);
        assertThat(pixel(robot, 37, 33)).isNotEqualTo(GREEN);
        // typed over again: until its exact render lands, what is on screen is badged as not exact
        robot.interact(() -> model.textProperty().set("cm-extract,x-100,y-50,w-900,h-600"));
        assertThat(badge(robot)).isTrue();
        assertThat(pixel(robot, 137, 83)).isNotEqualTo(GREEN);
    }

}
