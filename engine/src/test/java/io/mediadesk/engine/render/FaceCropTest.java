package io.mediadesk.engine.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.mediadesk.engine.codec.Limits;
import io.mediadesk.engine.plan.Focus;
import io.mediadesk.engine.transform.Transformation;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code fo-face} by construction: the astronaut's head pasted at a known place on a flat canvas,
 * next to a noise square that fo-auto's saliency prefers, so a crop that holds the face was put
 * there by the face detector. The face's box is OpenCV's box in the astronaut photo, moved by the
 * paste; the expected regions are computed by hand from W, H, z and that box.
 */
class FaceCropTest {
    // 1600x1000 canvas, head (170x200) doubled at (1100, 500): face at 1100+50*2, 500+56*2, side 142
    private static final int X = 1100;
    private static final int Y = 500;
    private static final FaceDetector.Box FACE = FaceImages.faceAt(X, Y, 2);

    private static BufferedImage canvas() {
        return FaceImages.headAt(1600, 1000, X, Y, 2, 60, 60, 420);
    }

    private static boolean contains(int[] region, FaceDetector.Box box) {
        return region[0] <= box.x() && region[1] <= box.y() && region[0] + region[2] >= box.x() + box.width()
                && region[1] + region[3] >= box.y() + box.height();
    }

    @Test
    void theFaceIsWhereThePasteSaysAndFoAutoLooksElsewhere() {
        assertThat(FACE).isEqualTo(new FaceDetector.Box(1200, 612, 142, 142));
        List<String> notices = new ArrayList<>();
        int[] auto = SmartCrops.region(canvas(), 400, 400, Focus.of("auto"), notices::add);
        assertThat(contains(auto, FACE)).as("fo-auto window %s", java.util.Arrays.toString(auto)).isFalse();
        int[] face = SmartCrops.region(canvas(), 400, 400, Focus.of("face"), notices::add);
        assertThat(face[2]).isEqualTo(400);
        assertThat(face[3]).isEqualTo(400);
        assertThat(contains(face, FACE)).as("fo-face window %s", java.util.Arrays.toString(face)).isTrue();
        assertThat(notices).isEmpty();
    }

    @ParameterizedTest(name = "{0}x{1} z{2}: region {3}x{4}")
    @CsvSource({
        // W, H, z, region w = W/z, h = H/z (by hand)
        "400, 300, 1, 400, 300",
        "400, 300, 2, 200, 150",
        "400, 300, 0.5, 800, 600",
        "300, 300, 1.5, 200, 200",
        "200, 400, 0.8, 250, 500",
    })
    void zoomDividesTheRegionAndItStaysCentredOnTheFace(int w, int h, double z, int rw, int rh) {
        List<String> notices = new ArrayList<>();
        int[] region = SmartCrops.region(canvas(), w, h, new Focus("face", z), notices::add);
        assertThat(region[2]).isEqualTo(rw);
        assertThat(region[3]).isEqualTo(rh);
        // centred on the detected face: within 8 px of the pasted face's centre (1271, 683),
        // unless pushed back inside the 1600x1000 canvas
        double cx = region[0] + rw / 2.0;
        double cy = region[1] + rh / 2.0;
        if (region[0] + rw < 1600) {
            assertThat(cx).isCloseTo(1271, org.assertj.core.data.Offset.offset(8.0));
        }
        if (region[1] + rh < 1000) {
            assertThat(cy).isCloseTo(683, org.assertj.core.data.Offset.offset(8.0));
        }
        assertThat(region[0]).isBetween(0, 1600 - rw);
        assertThat(region[1]).isBetween(0, 1000 - rh);
        if (rw >= FACE.width() && rh >= FACE.height()) {
            assertThat(contains(region, FACE)).as("region %s", java.util.Arrays.toString(region)).isTrue();
        }
        assertThat(notices).isEmpty();
    }

    @Test
    void zoomingOutPastTheImageStopsAtItsEdgeAndSaysSo() {
        List<String> notices = new ArrayList<>();
        // 400x300 at z 0.2 asks 2000x1500; the 1600x1000 canvas holds at most 1333x1000 of 4:3
        int[] region = SmartCrops.region(canvas(), 400, 300, new Focus("face", 0.2), notices::add);
        assertThat(region).containsExactly(1600 - 1333, 0, 1333, 1000);
        assertThat(notices).containsExactly("z-0.2: the image ends before that; zoomed out only to z0.3");
    }

    @Test
    void twoFacesAreCroppedAsOneUnionBox() {
        // OpenCV's faces in two-faces.jpg: 167,275,75,75 and 723,110,64,64 -> union 167,110 620x240
        BufferedImage image = FaceImages.load("faces/two-faces.jpg");
        int[] region = SmartCrops.region(image, 700, 300, Focus.of("face"), n -> { });
        assertThat(contains(region, new FaceDetector.Box(167, 110, 620, 240))).as(java.util.Arrays.toString(region)).isTrue();
        // union centre (477, 230) -> left 477-350 = 127, top 230-150 = 80 (both inside 960x540)
        assertThat(region[0]).isBetween(127 - 4, 127 + 4);
        assertThat(region[1]).isBetween(80 - 4, 80 + 4);
    }

    @Test
    void theRenderCutsTheFaceOutAtFullResolution() {
        BufferedImage image = canvas();
        BufferedImage out = EffectRendering.render("w-400,h-400,cm-extract,fo-face", image);
        int[] region = SmartCrops.region(image, 400, 400, Focus.of("face"), n -> { });
        assertThat(TestImages.ints(out)).containsExactly(TestImages.ints(Crop.of(region[0], region[1], 400, 400).apply(image)));
    }

    @Test
    void aZoomedRenderIsTheRegionScaledToTheAskedSize() {
        BufferedImage image = canvas();
        BufferedImage out = EffectRendering.render("w-400,h-300,cm-extract,fo-face,z-2", image);
        assertThat(out.getWidth()).isEqualTo(400);
        assertThat(out.getHeight()).isEqualTo(300);
        int[] region = SmartCrops.region(image, 400, 300, new Focus("face", 2), n -> { });
        BufferedImage expected = Resize.to(400, 300).apply(Crop.of(region[0], region[1], 200, 150).apply(image));
        assertThat(TestImages.ints(out)).containsExactly(TestImages.ints(expected));
    }

    /** 3200x2000, head tripled at (2200, 900): face 2350,1068 213x213, centre (2456.5, 1174.5). */
    private static BufferedImage large() {
        return FaceImages.headAt(3200, 2000, 2200, 900, 3, 100, 100, 800);
    }

    @Test
    void aThumbnailLooksForTheFacesBeforeItsResize() {
        BufferedImage image = large();
        // w-400,h-300 covers with scale 0.15: resize 480x300, then smartcrop 400x300. The face is
        // 32 px there, under the detector's 45 px window: found only before the resize.
        List<String> small = new ArrayList<>();
        SmartCrops.region(Resize.to(480, 300).apply(image), 400, 300, Focus.of("face"), small::add);
        assertThat(small).containsExactly(SmartCrops.NO_FACE);
        List<String> notices = new ArrayList<>();
        BufferedImage out = EffectRendering.render("w-400,h-300,fo-face", image, 1,
                new FolderLayerSource(EffectRendering.LIBRARY), notices::add);
        assertThat(notices).isEmpty();
        // the 400x300 window of the 480x300 image is 2666.7 x 2000 source px; centred on the face
        // it would start at 1123, so it is pushed back to 3200 - 2667 = 533: cut there, then scaled
        BufferedImage expected = Resize.to(400, 300).apply(Crop.of(533, 0, 2667, 2000).apply(image));
        assertThat(TestImages.ints(out)).containsExactly(TestImages.ints(expected));
    }

    @Test
    void aThumbnailZoomsInFromTheFullImageNotFromTheThumbnail() {
        BufferedImage image = large();
        BufferedImage out = EffectRendering.render("w-400,h-300,fo-face,z-2", image);
        int[] region = SmartCrops.aroundFaces(SmartCrops.union(FaceDetector.frontal().find(image)), 3200, 2000,
                400 * 3200 / 480.0, 2000, 2, n -> { });
        // by hand: 2666.7/2 x 2000/2 = 1333 x 1000 centred on (2456.5, 1174.5) -> 1790, 675
        assertThat(region[2]).isEqualTo(1333);
        assertThat(region[3]).isEqualTo(1000);
        assertThat(region[0]).isBetween(1790 - 8, 1790 + 8);
        assertThat(region[1]).isBetween(675 - 8, 675 + 8);
        BufferedImage expected = Resize.to(400, 300).apply(Crop.of(region[0], region[1], 1333, 1000).apply(image));
        assertThat(TestImages.ints(out)).containsExactly(TestImages.ints(expected));
    }

    @Test
    void withoutAFaceTheCropIsFoAutosAndTheRenderSaysSo(@TempDir Path dir) throws IOException {
        Path landscape = Path.of("..", "..", "shared", "corpus", "sunset_adam7_1200.png");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(landscape), "shared corpus not found");
        Renderer renderer = new Renderer(Limits.DEFAULT, 1);
        ByteArrayOutputStream face = new ByteArrayOutputStream();
        Rendered rendered = renderer.render(landscape, Transformation.parse("w-300,h-300,fo-face,f-png"), Optional.empty(), face);
        assertThat(rendered.notices()).anyMatch(n -> n.contains("fo-face: no face found; the crop used fo-auto (saliency)"));
        ByteArrayOutputStream auto = new ByteArrayOutputStream();
        Rendered autoRendered = renderer.render(landscape, Transformation.parse("w-300,h-300,fo-auto,f-png"), Optional.empty(), auto);
        assertThat(autoRendered.notices()).noneMatch(n -> n.contains("fo-"));
        BufferedImage a = ImageIO.read(new java.io.ByteArrayInputStream(face.toByteArray()));
        BufferedImage b = ImageIO.read(new java.io.ByteArrayInputStream(auto.toByteArray()));
        assertThat(a.getRGB(0, 0, 300, 300, null, 0, 300)).containsExactly(b.getRGB(0, 0, 300, 300, null, 0, 300));
    }

    @Test
    void aFoundFaceIsNoNotice() {
        List<String> notices = new ArrayList<>();
        EffectRendering.render("w-300,h-200,cm-extract,fo-face", FaceImages.load("faces/astronaut.jpg"), 1,
                new FolderLayerSource(EffectRendering.LIBRARY), notices::add);
        assertThat(notices).isEmpty();
    }
}
