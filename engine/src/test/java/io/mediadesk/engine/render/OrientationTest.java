package io.mediadesk.engine.render;

import static io.mediadesk.engine.render.TestImages.numbered;
import static io.mediadesk.engine.render.TestImages.rgb;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class OrientationTest {

    /*
     * The source, 3 wide and 2 high:   1 2 3
     *                                   4 5 6
     * and what each EXIF orientation turns it into, worked out on paper.
     */
    static Stream<Arguments> handWorkedResults() {
        return Stream.of(
                Arguments.of(1, 3, 2, new int[] {1, 2, 3, 4, 5, 6}),
                Arguments.of(2, 3, 2, new int[] {3, 2, 1, 6, 5, 4}),
                Arguments.of(3, 3, 2, new int[] {6, 5, 4, 3, 2, 1}),
                Arguments.of(4, 3, 2, new int[] {4, 5, 6, 1, 2, 3}),
                Arguments.of(5, 2, 3, new int[] {1, 4, 2, 5, 3, 6}),
                Arguments.of(6, 2, 3, new int[] {4, 1, 5, 2, 6, 3}),
                Arguments.of(7, 2, 3, new int[] {6, 3, 5, 2, 4, 1}),
                Arguments.of(8, 2, 3, new int[] {3, 6, 2, 5, 1, 4}));
    }

    @ParameterizedTest(name = "orientation {0}")
    @MethodSource("handWorkedResults")
    void orientationMovesEveryPixelWhereTheExifStandardSays(int exif, int w, int h, int[] expected) {
        for (boolean alpha : new boolean[] {false, true}) {
            BufferedImage out = Orientation.fromExif(exif).apply(numbered(3, 2, alpha));

            assertThat(out.getWidth()).isEqualTo(w);
            assertThat(out.getHeight()).isEqualTo(h);
            assertThat(out.getType()).isEqualTo(alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
            assertThat(rgb(out)).containsExactly(expected);
        }
    }

    @ParameterizedTest
    @EnumSource(Orientation.class)
    void orientationMatchesAPlainCoordinateLoopOnAnOddSizedImage(Orientation orientation) {
        int w = 7;
        int h = 4;
        BufferedImage out = orientation.apply(numbered(w, h, false));
        int outW = orientation.swapsAxes() ? h : w;
        int[] expected = new int[w * h];
        for (int y = 0; y < out.getHeight(); y++) {
            for (int x = 0; x < outW; x++) {
                int[] s = sourceOf(orientation, x, y, w, h);
                expected[y * outW + x] = s[1] * w + s[0] + 1;
            }
        }
        assertThat(rgb(out)).containsExactly(expected);
    }

    /** The textbook definitions: which source (x, y) lands on output (x, y). */
    private static int[] sourceOf(Orientation o, int x, int y, int w, int h) {
        return switch (o) {
            case NORMAL -> new int[] {x, y};
            case FLIP_HORIZONTAL -> new int[] {w - 1 - x, y};
            case ROTATE_180 -> new int[] {w - 1 - x, h - 1 - y};
            case FLIP_VERTICAL -> new int[] {x, h - 1 - y};
            case TRANSPOSE -> new int[] {y, x};
            case ROTATE_90 -> new int[] {y, h - 1 - x};
            case TRANSVERSE -> new int[] {w - 1 - y, h - 1 - x};
            case ROTATE_270 -> new int[] {w - 1 - y, x};
        };
    }

    @Test
    void fourQuarterTurnsGiveTheOriginalBack() {
        BufferedImage in = numbered(5, 3, true);
        BufferedImage out = in;
        for (int i = 0; i < 4; i++) {
            out = Orientation.ROTATE_90.apply(out);
        }
        assertThat(TestImages.ints(out)).containsExactly(TestImages.ints(in));
    }

    @Test
    void orientationLeavesItsInputUntouched() {
        BufferedImage in = numbered(4, 3, true);
        BufferedImage before = TestImages.copy(in);
        for (Orientation o : Orientation.values()) {
            assertThat(o.apply(in)).isNotSameAs(in);
        }
        assertThat(TestImages.ints(in)).containsExactly(TestImages.ints(before));
    }

    @Test
    void orientationOutsideOneToEightIsRejected() {
        assertThatThrownBy(() -> Orientation.fromExif(0)).hasMessageContaining("1-8");
        assertThatThrownBy(() -> Orientation.fromExif(9)).hasMessageContaining("got 9");
    }

    @Test
    void flipsMirrorTheHandBuiltImage() {
        assertThat(rgb(Flip.HORIZONTAL.apply(numbered(3, 2, false)))).containsExactly(3, 2, 1, 6, 5, 4);
        assertThat(rgb(Flip.VERTICAL.apply(numbered(3, 2, false)))).containsExactly(4, 5, 6, 1, 2, 3);
        assertThat(rgb(Flip.BOTH.apply(numbered(3, 2, false)))).containsExactly(6, 5, 4, 3, 2, 1);
    }

    @Test
    void singlePixelAndSingleRowImagesSurviveEveryOrientation() {
        for (Orientation o : Orientation.values()) {
            assertThat(rgb(o.apply(numbered(1, 1, false)))).containsExactly(1);
            BufferedImage row = o.apply(numbered(4, 1, false));
            assertThat(row.getWidth() * row.getHeight()).isEqualTo(4);
        }
    }
}
