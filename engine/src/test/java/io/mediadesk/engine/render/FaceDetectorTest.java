package io.mediadesk.engine.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The pure-Java cascade evaluator against OpenCV's own {@code detectMultiScale} on the same images
 * and cascade (golden boxes in {@code faces/opencv-boxes.tsv}, computed by OpenCV, not by this
 * code), and its parts (LBP codes, grouping, the XML reader) against hand-made inputs.
 */
class FaceDetectorTest {
    private static final FaceDetector DETECTOR = FaceDetector.frontal();

    static Stream<FaceImages.Reference> references() {
        return FaceImages.references().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("references")
    void atFullSizeTheBoxesAreOpenCvs(FaceImages.Reference ref) {
        BufferedImage image = FaceImages.load(ref.image());
        assertThat(image.getWidth()).isEqualTo(ref.width());
        List<FaceDetector.Box> found = DETECTOR.detect(FaceDetector.grey(image), image.getWidth(), image.getHeight());
        assertMatches(found, ref.faces());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("references")
    void onTheReducedCopyTheFacesAreStillOpenCvs(FaceImages.Reference ref) {
        assertMatches(DETECTOR.find(FaceImages.load(ref.image())), ref.faces());
    }

    /** Same count, and each of OpenCV's faces overlaps one of ours by IoU >= 0.5. */
    private static void assertMatches(List<FaceDetector.Box> found, List<FaceDetector.Box> expected) {
        assertThat(found).as("faces found, OpenCV found %s", expected).hasSameSizeAs(expected);
        List<FaceDetector.Box> left = new ArrayList<>(found);
        for (FaceDetector.Box face : expected) {
            FaceDetector.Box best = left.stream()
                    .max((a, b) -> Double.compare(FaceImages.iou(a, face), FaceImages.iou(b, face))).orElseThrow();
            assertThat(FaceImages.iou(best, face)).as("IoU of %s with OpenCV's %s", best, face).isGreaterThanOrEqualTo(0.5);
            left.remove(best);
        }
    }

    @Test
    void theBundledCascadeIsReadAsItsFileSays() {
        FaceCascade cascade = FaceCascade.frontalFace();
        // <width>45</width> <height>45</height> <stageNum>19</stageNum>; the first stage has
        // <maxWeakCount>6</maxWeakCount>, <stageThreshold>-4.1617846488952637e+000</stageThreshold>
        // and its first stump is "0 -1 26 -1 -1 -17409 -1 -1 -1 -1 -1" / "-9.9726462364196777e-001 -3.8938775658607483e-001".
        assertThat(cascade.windowWidth).isEqualTo(45);
        assertThat(cascade.windowHeight).isEqualTo(45);
        assertThat(cascade.stages).hasSize(19);
        assertThat(cascade.stages[0].stumps()).hasSize(6);
        assertThat(cascade.stages[0].threshold()).isEqualTo(-4.1617846488952637f - 1e-5f);
        FaceCascade.Stump first = cascade.stages[0].stumps()[0];
        assertThat(first.feature()).isEqualTo(26);
        assertThat(first.subset()).containsExactly(-1, -1, -17409, -1, -1, -1, -1, -1);
        assertThat(first.in()).isEqualTo(-0.99726462364196777f);
        assertThat(first.out()).isEqualTo(-0.38938775658607483f);
        // the first feature: <rect>0 0 1 1</rect>
        assertThat(cascade.features[0]).isEqualTo(new FaceCascade.Block(0, 0, 1, 1));
    }

    @Test
    void theLbpCodeComparesTheEightNeighbourBlocksWithTheCentreClockwiseFromTopLeft() {
        // A 3x3 image of 1x1 blocks: centre 50; top-left, right and bottom-left are brighter (bits
        // 128, 16, 2), the others darker, the left one equal (counts as brighter-or-equal: bit 1).
        byte[] grey = {(byte) 90, 10, 20, 50, 50, (byte) 200, (byte) 60, 30, 0};
        int[] t = FaceDetector.integral(grey, 3, 3);
        int[] p = new int[16];
        for (int row = 0; row < 4; row++) {
            for (int col = 0; col < 4; col++) {
                p[row * 4 + col] = row * 4 + col; // stride 4 = width + 1
            }
        }
        assertThat(FaceDetector.lbp(t, 0, p, 0)).isEqualTo(128 | 16 | 2 | 1);
    }

    @Test
    void theIntegralImageHoldsTheSumAboveAndLeft() {
        byte[] grey = {1, 2, 3, 4, 5, 6};
        int[] t = FaceDetector.integral(grey, 3, 2);
        assertThat(t).containsExactly(0, 0, 0, 0, 0, 1, 3, 6, 0, 5, 12, 21);
    }

    @Test
    void groupingAveragesABoxSupportedByMoreThanThreeAndDropsTheRest() {
        List<FaceDetector.Box> hits = new ArrayList<>(List.of(
                new FaceDetector.Box(100, 100, 50, 50), new FaceDetector.Box(102, 101, 50, 50),
                new FaceDetector.Box(101, 99, 52, 52), new FaceDetector.Box(99, 102, 49, 49),
                // three alone elsewhere: not more than 3, dropped
                new FaceDetector.Box(400, 10, 40, 40), new FaceDetector.Box(401, 10, 40, 40),
                new FaceDetector.Box(400, 11, 40, 40)));
        // x (100+102+101+99)/4 = 100.5 -> 100 (half to even), y 402/4 = 100.5 -> 100, side 201/4 = 50.25 -> 50
        assertThat(FaceDetector.group(hits, 3, 0.2)).containsExactly(new FaceDetector.Box(100, 100, 50, 50));
    }

    @Test
    void aSmallBoxInsideABetterSupportedOneIsDropped() {
        List<FaceDetector.Box> hits = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            hits.add(new FaceDetector.Box(100, 100, 100, 100));
        }
        for (int i = 0; i < 4; i++) {
            hits.add(new FaceDetector.Box(130, 130, 30, 30)); // inside, 4 < 6 neighbours
        }
        assertThat(FaceDetector.group(hits, 3, 0.2)).containsExactly(new FaceDetector.Box(100, 100, 100, 100));
    }

    @Test
    void aFlatImageHasNoFaceAndATinyOneIsNotScanned() {
        assertThat(DETECTOR.find(TestImages.solid(1000, 700, 0x808080, false))).isEmpty();
        assertThat(DETECTOR.find(TestImages.solid(20, 10, 0x808080, false))).isEmpty();
        assertThat(DETECTOR.find(TestImages.solid(1, 1, 0x808080, false))).isEmpty();
        // sides shorter than the reduction step: the cells are cut by the edge, not read past it
        assertThat(DETECTOR.find(TestImages.solid(16000, 3, 0x808080, false))).isEmpty();
        assertThat(DETECTOR.find(TestImages.solid(2, 9000, 0x808080, true))).isEmpty();
    }

    @Test
    void aCascadeWithADoctypeOrAnExternalEntityIsRefusedWithoutReadingIt(@TempDir Path dir) throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "45");
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE opencv_storage [<!ENTITY w SYSTEM \"" + secret.toUri() + "\">]>"
                + "<opencv_storage><cascade><featureType>LBP</featureType><width>&w;</width></cascade></opencv_storage>";
        assertThatThrownBy(() -> FaceCascade.read(stream(xml))).isInstanceOf(IOException.class)
                .hasMessageContaining("not a readable OpenCV LBP cascade");
    }

    @Test
    void haarCascadesAndTreesAreRefusedByName() {
        String haar = "<opencv_storage><cascade><stageType>BOOST</stageType><featureType>HAAR</featureType>"
                + "<width>24</width><height>24</height></cascade></opencv_storage>";
        assertThatThrownBy(() -> FaceCascade.read(stream(haar))).isInstanceOf(IOException.class)
                .hasMessageContaining("only LBP cascades");
        String tree = "<opencv_storage><cascade><stageType>BOOST</stageType><featureType>LBP</featureType>"
                + "<width>24</width><height>24</height><stages><_><stageThreshold>-1</stageThreshold><weakClassifiers>"
                + "<_><internalNodes>1 2 0 -1 -1 -1 -1 -1 -1 -1 -1 0 -1 1 -1 -1 -1 -1 -1 -1 -1 -1</internalNodes>"
                + "<leafValues>0.5 -0.5 0.1</leafValues></_></weakClassifiers></_></stages></cascade></opencv_storage>";
        assertThatThrownBy(() -> FaceCascade.read(stream(tree))).isInstanceOf(IOException.class)
                .hasMessageContaining("trees are not evaluated");
    }

    @Test
    void aFeatureOutsideTheWindowIsRefused() {
        String xml = "<opencv_storage><cascade><stageType>BOOST</stageType><featureType>LBP</featureType>"
                + "<width>24</width><height>24</height><stages><_><stageThreshold>-1</stageThreshold><weakClassifiers>"
                + "<_><internalNodes>0 -1 0 -1 -1 -1 -1 -1 -1 -1 -1</internalNodes><leafValues>0.5 -0.5</leafValues></_>"
                + "</weakClassifiers></_></stages><features><_><rect>20 0 3 3</rect></_></features></cascade></opencv_storage>";
        assertThatThrownBy(() -> FaceCascade.read(stream(xml))).isInstanceOf(IOException.class)
                .hasMessageContaining("does not lie inside the 24x24 window");
    }

    private static InputStream stream(String xml) {
        return new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
    }
}
