package io.mediadesk.engine.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Layer positions by construction (docs/GEOMETRY.md rule 14): an opaque red block of a known size
 * on a white 200x150 base must cover exactly the rectangle the rule gives, worked out here by the
 * rule's own formulas, written independently of {@code LayerGeometry}; every pixel is checked.
 */
class LayerPositionTest {
    private static final int BW = 200;
    private static final int BH = 150;
    private static final int RED = 0xFF0000;
    private static final int WHITE = 0xFFFFFF;
    private static final int[][] SIZES = {{40, 30}, {41, 31}, {1, 1}, {200, 150}, {250, 20}};
    private static final String[] ANCHORS = {"", "top_left", "top", "top_right", "left", "center", "right", "bottom_left",
        "bottom", "bottom_right"};
    private static final int[][] EDGES = {{0, 0}, {17, 9}, {-10, -5}, {190, 140}, {-1, 23}, {5, -150}};
    private static final int[][] CENTRES = {{0, 0}, {100, 75}, {-30, -20}};

    @ParameterizedTest(name = "{0} ({1}x{2}) at {3},{4}")
    @MethodSource("cases")
    void theBlockCoversExactlyTheExpectedRectangle(String params, int w, int h, int x, int y) {
        BufferedImage out = EffectRendering.render("l-image,i-ik_canvas,bg-FF0000,w-" + w + ",h-" + h + params + ",l-end",
                EffectRendering.solid(BW, BH, WHITE));
        assertThat(out.getWidth()).isEqualTo(BW);
        assertThat(out.getHeight()).isEqualTo(BH);
        int[] px = Pixels.of(out);
        int wrong = 0;
        String first = null;
        for (int py = 0; py < BH; py++) {
            for (int pxx = 0; pxx < BW; pxx++) {
                boolean inside = pxx >= x && pxx < x + w && py >= y && py < y + h;
                int expected = inside ? RED : WHITE;
                if ((px[py * BW + pxx] & 0xFFFFFF) != expected) {
                    wrong++;
                    if (first == null) {
                        first = pxx + "," + py + " is " + Integer.toHexString(px[py * BW + pxx]);
                    }
                }
            }
        }
        assertThat(wrong).as("pixels off the rectangle %d,%d %dx%d; first %s", x, y, w, h, first).isZero();
    }

    /** The worked examples of docs/GEOMETRY.md rule 14, as written there. */
    @ParameterizedTest(name = "{0}: {3},{4}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "'' | 40 | 30 | 80 | 60",
        ",lx-17,ly-9 | 40 | 30 | 17 | 9",
        ",lx-N10,ly-N5 | 40 | 30 | 150 | 115",
        ",lap-center,lx-N10,ly-5 | 40 | 30 | 70 | 65",
        ",lap-bottom_right,lx-N10,ly-N5 | 40 | 30 | 150 | 115",
        ",lxc-100,lyc-75 | 40 | 30 | 80 | 60",
        ",lxc-100,lyc-75 | 41 | 31 | 80 | 60",
        "'' | 41 | 31 | 79 | 59",
        ",lxc-N30,lyc-N20 | 40 | 30 | 150 | 115",
        ",lfo-bottom_left | 40 | 30 | 0 | 120",
        ",lfo-bottom_left,lxc-7 | 40 | 30 | -13 | 120",
        ",lx-190,ly-140 | 40 | 30 | 190 | 140",
        ",lx-bw_sub_cw_sub_5,ly-bh_div_3 | 40 | 30 | 155 | 50",
    })
    void theWorkedExamplesOfTheGeometryDoc(String params, int w, int h, int x, int y) {
        theBlockCoversExactlyTheExpectedRectangle(params, w, h, x, y);
    }

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (int[] size : SIZES) {
            int w = size[0];
            int h = size[1];
            for (String anchor : ANCHORS) {
                String lap = anchor.isEmpty() ? "" : ",lap-" + anchor;
                for (int[] e : EDGES) {
                    out.add(Arguments.of(",lx-" + n(e[0]) + ",ly-" + n(e[1]) + lap, w, h,
                            edge(e[0], part(anchor, true), BW, w), edge(e[1], part(anchor, false), BH, h)));
                }
                for (int[] c : CENTRES) {
                    out.add(Arguments.of(",lxc-" + n(c[0]) + ",lyc-" + n(c[1]) + lap, w, h,
                            centre(c[0], part(anchor, true), BW, w), centre(c[1], part(anchor, false), BH, h)));
                }
                // lfo: the nine places (and the default, centred); the parser drops lfo when lx or ly is
                // given (spec 8), so the other axis is centred; with lxc the other axis follows lfo
                String lfo = anchor.isEmpty() ? "" : ",lfo-" + anchor;
                char fx = anchor.isEmpty() ? 'c' : part(anchor, true);
                char fy = anchor.isEmpty() ? 'c' : part(anchor, false);
                out.add(Arguments.of(lfo, w, h, focus(fx, BW, w), focus(fy, BH, h)));
                out.add(Arguments.of(lfo + ",lx-7", w, h, 7, focus('c', BH, h)));
                out.add(Arguments.of(lfo + ",lxc-7", w, h, Math.floorDiv(14 - w + 1, 2), focus(fy, BH, h)));
            }
            // expressions on bw bh cw ch: evaluated with the block's final size as cw ch; a negative
            // result is a plain coordinate (only a written N measures from the far side)
            out.add(Arguments.of(",lx-bw_sub_cw_sub_5,ly-bh_div_3", w, h, BW - w - 5, Math.floorDiv(2 * BH + 3, 6)));
            out.add(Arguments.of(",lxc-bw_mul_0.25,lyc-ch", w, h, Math.floorDiv(2 * 50 - w + 1, 2), Math.floorDiv(2 * h - h + 1, 2)));
        }
        return out.stream();
    }

    /** 's' start, 'c' centre, 'e' end of an axis for a lap/lfo word; '-' when no anchor is given. */
    private static char part(String position, boolean horizontal) {
        if (position.isEmpty()) {
            return '-';
        }
        String start = horizontal ? "left" : "top";
        String end = horizontal ? "right" : "bottom";
        return position.contains(start) ? 's' : position.contains(end) ? 'e' : 'c';
    }

    /** lx: no anchor -> a negative measures from the far side (right edge |v| in); anchored -> offset from the aligned place. */
    private static int edge(int v, char anchor, int parent, int layer) {
        char a = anchor == '-' ? (v < 0 ? 'e' : 's') : anchor;
        return focus(a, parent, layer) + v;
    }

    /** lxc: the layer's centre at P + v, P = 0, B/2, B; left = round half up of (P + v - L/2). */
    private static int centre(int v, char anchor, int parent, int layer) {
        char a = anchor == '-' ? (v < 0 ? 'e' : 's') : anchor;
        int twoP = a == 's' ? 0 : a == 'c' ? parent : 2 * parent;
        return Math.floorDiv(twoP + 2 * v - layer + 1, 2);
    }

    /** The nine-place rule 7: 0, floor((B - L) / 2), B - L. */
    private static int focus(char part, int parent, int layer) {
        return part == 's' ? 0 : part == 'e' ? parent - layer : Math.floorDiv(parent - layer, 2);
    }

    private static String n(int v) {
        return v < 0 ? "N" + -v : Integer.toString(v);
    }
}
