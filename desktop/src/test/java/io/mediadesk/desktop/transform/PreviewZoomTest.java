package io.mediadesk.desktop.transform;

import static org.assertj.core.api.Assertions.assertThat;

import io.mediadesk.desktop.app.Debouncer;
import io.mediadesk.desktop.app.TaskRunner;
import io.mediadesk.engine.codec.Limits;
import io.mediadesk.engine.render.Renderer;
import io.mediadesk.engine.transform.Transformation;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plain JUnit. The figures are worked by hand: a 416 x 316 viewport leaves 400 x 300 inside the
 * 8 px fit margin, so a 1000 x 600 output fits at 0.4 (400 x 240, at (8, 38)).
 */
class PreviewZoomTest {
    private static final Renderer RENDERER = new Renderer(Limits.DEFAULT, 1);

    @TempDir
    static Path tmp;
    static Path photo;

    @BeforeAll
    static void photo() throws Exception {
        photo = TestImages.bmp(tmp.resolve("photo.bmp"), 1000, 667);
    }

    @AfterAll
    static void close() {
        RENDERER.close();
    }

    private static PreviewZoom zoom(double scale) {
        PreviewZoom zoom = new PreviewZoom();
        zoom.viewport(416, 316, scale);
        zoom.content(1000, 600);
        return zoom;
    }

    private static void assertRect(PreviewZoom zoom, double x, double y, double w, double h) {
        assertThat(zoom.xProperty().get()).isEqualTo(x);
        assertThat(zoom.yProperty().get()).isEqualTo(y);
        assertThat(zoom.widthProperty().get()).isEqualTo(w);
        assertThat(zoom.heightProperty().get()).isEqualTo(h);
    }

    @Test
    void fitIsTheDefaultAndCentresTheOutput() {
        PreviewZoom zoom = zoom(1);
        assertThat(zoom.levelProperty().get()).isZero();
        assertRect(zoom, 8, 38, 400, 240);
        assertThat(zoom.labelProperty().get()).isEqualTo("Fit 40%");
        assertThat(zoom.scrollableProperty().get()).isFalse();
    }

    @Test
    void zoomingKeepsTheOutputPixelUnderThePointer() {
        PreviewZoom zoom = zoom(1);
        // (208, 158) is over output pixel ((208 - 8) / 0.4, (158 - 38) / 0.4) = (500, 300)
        zoom.zoomTo(1, 208, 158);
        assertRect(zoom, 208 - 500, 158 - 300, 1000, 600);
        assertThat(zoom.labelProperty().get()).isEqualTo("100%");
        assertThat(zoom.scrollableProperty().get()).isTrue();
        // (8, 8) is now over ((8 + 292) / 1, (8 + 142) / 1) = (300, 150): at 2 it stays there
        zoom.zoomIn(8, 8);
        assertThat(zoom.levelProperty().get()).isEqualTo(2);
        assertRect(zoom, 8 - 600, 8 - 300, 2000, 1200);
        zoom.zoomIn(8, 8);
        assertThat(zoom.levelProperty().get()).isEqualTo(4);
        assertRect(zoom, 8 - 1200, 8 - 600, 4000, 2400);
        zoom.zoomIn(8, 8);
        assertThat(zoom.levelProperty().get()).isEqualTo(4); // the top stop
        zoom.zoomOut(8, 8);
        assertRect(zoom, 8 - 600, 8 - 300, 2000, 1200);
        zoom.zoomOut(8, 8);
        assertThat(zoom.levelProperty().get()).isEqualTo(1);
        zoom.zoomOut(8, 8);
        assertThat(zoom.levelProperty().get()).isZero(); // below 100 % the next stop is fit's 40 %
        assertRect(zoom, 8, 38, 400, 240);
        zoom.zoomOut(8, 8);
        assertThat(zoom.levelProperty().get()).isZero();
    }

    @Test
    void hundredPercentIsOneOutputPixelPerDevicePixelOnAHiDpiScreen() {
        PreviewZoom zoom = zoom(2);
        assertThat(zoom.labelProperty().get()).isEqualTo("Fit 80%"); // 400 logical px = 800 device px for 1000
        // (208, 158) is over (500, 300) as at scale 1; at 100 % an output pixel is half a logical pixel
        zoom.zoomTo(1, 208, 158);
        // x = 208 - 500 / 2; 300 logical px tall fits in 316: centred at (316 - 300) / 2
        assertRect(zoom, -42, 8, 500, 300);
        assertThat(zoom.labelProperty().get()).isEqualTo("100%");
    }

    @Test
    void aFixedZoomPutsTheOutputOnWholeDevicePixels() {
        PreviewZoom zoom = zoom(2);
        // (208.3, 158) is over output x 200.3 / 0.4 = 500.75; at 0.5 logical px per pixel x would be
        // 208.3 - 250.375 = -42.075, i.e. -84.15 device px: it is drawn at -84 (x = -42.0)
        zoom.zoomTo(1, 208.3, 158);
        assertThat(zoom.xProperty().get()).isEqualTo(-42.0);
        zoom.panBy(0.3, 0); // -41.7 = -83.4 device px -> -83
        assertThat(zoom.xProperty().get()).isEqualTo(-41.5);
    }

    @Test
    void panningStopsAtTheEdges() {
        PreviewZoom zoom = zoom(1);
        zoom.zoomTo(1, 208, 158);
        zoom.panBy(500, 500);
        assertRect(zoom, 0, 0, 1000, 600);
        zoom.panBy(-5000, -5000);
        assertRect(zoom, 416 - 1000, 316 - 600, 1000, 600);
        zoom.scrollTo(100, 50);
        assertRect(zoom, -100, -50, 1000, 600);
    }

    @Test
    void aSmallOutputIsCentredAndFitEnlargesIt() {
        PreviewZoom zoom = new PreviewZoom();
        zoom.viewport(416, 316, 1);
        zoom.content(100, 50);
        assertThat(zoom.fitZoom()).isEqualTo(4.0); // min(400 / 100, 300 / 50)
        zoom.zoomIn(0, 0);
        assertThat(zoom.levelProperty().get()).isZero(); // nothing above 400 %: fit is the top
        zoom.zoomOut(0, 0);
        assertThat(zoom.levelProperty().get()).isEqualTo(2);
        zoom.zoomTo(1, 0, 0);
        assertRect(zoom, (416 - 100) / 2.0, (316 - 50) / 2.0, 100, 50);
        assertThat(zoom.scrollableProperty().get()).isFalse();
        zoom.panBy(40, 40);
        assertRect(zoom, 158, 133, 100, 50); // nothing to pan
    }

    @Test
    void aNewOutputSizeKeepsTheLevelWithinTheEdges() {
        PreviewZoom zoom = zoom(1);
        zoom.zoomTo(2, 8, 8);
        // from fit: (8, 8) is over ((8 - 8) / 0.4, (8 - 38) / 0.4) = (0, -75), so x = 8, y = 8 + 150,
        // both kept within [416 - 2000, 0] and [316 - 1200, 0]
        assertRect(zoom, 0, 0, 2000, 1200);
        zoom.panBy(-1500, -800);
        assertRect(zoom, -1500, -800, 2000, 1200);
        zoom.content(500, 300);
        assertThat(zoom.levelProperty().get()).isEqualTo(2);
        assertRect(zoom, 416 - 1000, 316 - 600, 1000, 600);
    }

    @Test
    void theShownPixelsAreExactOnlyForTheNewestEditsExactRender() {
        ControllableTasks exact = ControllableTasks.holdingReports();
        PreviewViewModel preview = new PreviewViewModel(RENDERER, TaskRunner.sameThread(), Debouncer.immediate(), exact,
                Debouncer.immediate());
        preview.previewBox(200, 200);
        preview.open(photo);
        assertThat(preview.shownProperty().get().fullSize()).isFalse(); // the quick preview
        assertThat(preview.exactProperty().get()).isFalse();
        exact.completeAll();
        assertThat(preview.exactProperty().get()).isTrue();
        assertThat(preview.shownProperty().get().width()).isEqualTo(1000);
        preview.show(Transformation.parse("fl-h"), List.of());
        assertThat(preview.exactProperty().get()).isFalse(); // fl-h's preview is shown, its exact render is held
        preview.show(Transformation.parse("fl-v"), List.of());
        exact.complete(0); // fl-h's exact render reports after fl-v was typed: dropped
        assertThat(preview.exactProperty().get()).isFalse();
        assertThat(preview.shownProperty().get().fullSize()).isFalse();
        exact.complete(0);
        assertThat(preview.exactProperty().get()).isTrue();
        assertThat(preview.shownProperty().get().argb()).isSameAs(preview.outputProperty().get().argb());
    }
}
