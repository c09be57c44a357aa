package io.mediadesk.engine.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.mediadesk.engine.render.RotatedBounds;
import io.mediadesk.engine.transform.Transformation;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;

/**
 * Seeded random properties over thousands of sources and transformations. The sizes are checked
 * by a simulation written here, op by op, independent of {@link PlanOp#after}.
 */
class PlannerPropertiesTest {
    private static final int CASES = 4000;
    private static final List<String> POSITIONS = List.of("center", "top", "bottom", "left", "right", "top_left",
            "top_right", "bottom_left", "bottom_right");
    private static final List<String> MODES = List.of("", "c-maintain_ratio", "c-force", "c-at_max",
            "c-at_max_enlarge", "c-at_least", "c-maintain_ratio_no_enlarge", "cm-pad_resize",
            "cm-pad_resize_no_enlarge", "cm-extract", "cm-pad_extract", "cm-pad_extract_no_shrink");

    private final Planner planner = new Planner(1 << 20);

    @Test
    void everyPlanSimulatesToItsOutputWithCropsInsideAndNoEmptySide() {
        Random random = new Random(20240501);
        int planned = 0;
        for (int i = 0; i < CASES; i++) {
            Source source = source(random);
            String t = chain(random);
            Plan plan = plan(t, source);
            if (plan != null) {
                planned++;
                assertThat(simulate(plan, source)).as(source + " " + t + " -> " + plan).isEqualTo(plan.size());
            }
        }
        assertThat(planned).as("cases that planned rather than failed").isGreaterThan(CASES * 3 / 4);
    }

    @Test
    void maintainRatioWithBothSidesGivesExactlyTheAskedSize() {
        forBoth("", (c, plan) -> assertThat(plan.size()).isEqualTo(Size.of(c[0], c[1])));
    }

    @Test
    void forceGivesExactlyTheAskedSize() {
        forBoth("c-force", (c, plan) -> assertThat(plan.size()).isEqualTo(Size.of(c[0], c[1])));
    }

    @Test
    void atMaxNeverExceedsTheBoxNorEnlargesAndKeepsTheLimitingSideExact() {
        forBoth("c-at_max", (c, plan) -> {
            Size out = plan.size();
            assertThat(out.width()).isLessThanOrEqualTo(Math.min(c[0], c[2]));
            assertThat(out.height()).isLessThanOrEqualTo(Math.min(c[1], c[3]));
            boolean shrinks = c[0] < c[2] || c[1] < c[3];
            if (shrinks) {
                assertThat(out.width() == c[0] || out.height() == c[1]).as("one side exact").isTrue();
                assertRatioKept(c[2], c[3], out);
            } else {
                assertThat(out).isEqualTo(Size.of(c[2], c[3]));
            }
        });
    }

    @Test
    void atLeastCoversTheBoxWithOneSideExact() {
        forBoth("c-at_least", (c, plan) -> {
            Size out = plan.size();
            assertThat(out.width()).isGreaterThanOrEqualTo(c[0]);
            assertThat(out.height()).isGreaterThanOrEqualTo(c[1]);
            assertThat(out.width() == c[0] || out.height() == c[1]).isTrue();
            assertRatioKept(c[2], c[3], out);
        });
    }

    @Test
    void padResizeGivesExactlyTheBoxWithTheImageInsideTheCanvas() {
        forBoth("cm-pad_resize", (c, plan) -> {
            assertThat(plan.size()).isEqualTo(Size.of(c[0], c[1]));
            Size image = Size.of(c[2], c[3]);
            for (PlanOp op : plan.ops()) {
                if (op instanceof PlanOp.Resize r) {
                    image = Size.of(r.width(), r.height());
                    assertRatioKept(c[2], c[3], image);
                } else if (op instanceof PlanOp.Pad p) {
                    assertThat(p.x()).isBetween(0, p.canvasWidth() - image.width());
                    assertThat(p.y()).isBetween(0, p.canvasHeight() - image.height());
                    assertThat(p.x() == 0 || p.y() == 0).as("padding on one axis only").isTrue();
                }
            }
        });
    }

    @Test
    void aFollowingSideIsTheExactValueRoundedHalfUp() {
        Random random = new Random(7);
        for (int i = 0; i < CASES; i++) {
            int cw = side(random);
            int ch = side(random);
            int w = 1 + random.nextInt(3000);
            Plan plan = plan("w-" + w, Source.of(cw, ch));
            if (plan == null) {
                continue; // a 1 px wide source asked for 3000 px may exceed even this planner's limit
            }
            double exact = (double) ch * w / cw;
            assertThat(plan.height()).as(cw + "x" + ch + " w-" + w).isEqualTo(Math.max(1, (int) Math.floor(exact + 0.5)));
        }
    }

    /** Runs {@code check} on random sources with {@code w-W,h-H,<mode>}: c = {W, H, cw, ch}. */
    private void forBoth(String mode, BiConsumer<int[], Plan> check) {
        Random random = new Random(mode.hashCode());
        int planned = 0;
        for (int i = 0; i < CASES; i++) {
            int cw = side(random);
            int ch = side(random);
            int w = 1 + random.nextInt(random.nextBoolean() ? 100 : 3000);
            int h = 1 + random.nextInt(random.nextBoolean() ? 100 : 3000);
            String t = "w-" + w + ",h-" + h + (mode.isEmpty() ? "" : "," + mode)
                    + (random.nextBoolean() ? ",fo-" + POSITIONS.get(random.nextInt(9)) : "");
            Plan plan = plan(t, Source.of(cw, ch));
            if (plan != null) {
                planned++;
                int[] c = {w, h, cw, ch};
                try {
                    check.accept(c, plan);
                } catch (AssertionError e) {
                    throw new AssertionError(cw + "x" + ch + " " + t + " -> " + plan + ": " + e.getMessage(), e);
                }
                assertThat(simulate(plan, Source.of(cw, ch))).isEqualTo(plan.size());
            }
        }
        assertThat(planned).as("cases that planned rather than failed").isGreaterThan(CASES * 9 / 10);
    }

    /** The resized image keeps the source's ratio to within half a pixel on the following side. */
    private static void assertRatioKept(int cw, int ch, Size out) {
        double byWidth = Math.abs(out.height() - (double) ch * out.width() / cw);
        double byHeight = Math.abs(out.width() - (double) cw * out.height() / ch);
        assertThat(Math.min(byWidth, byHeight) <= 0.5 || out.width() == 1 || out.height() == 1)
                .as("ratio of " + cw + "x" + ch + " kept in " + out).isTrue();
    }

    private Plan plan(String t, Source source) {
        try {
            return planner.plan(Transformation.parse(t), source);
        } catch (PlanningException expected) {
            return null; // xc/yc outside the image and the like are errors by design
        }
    }

    /** Size after each op, computed here; asserts crops and pads stay inside. */
    static Size simulate(Plan plan, Source source) {
        int w = source.width();
        int h = source.height();
        for (PlanOp op : plan.ops()) {
            if (op instanceof PlanOp.Orient o) {
                if (o.exif() >= 5) {
                    int t = w;
                    w = h;
                    h = t;
                }
            } else if (op instanceof PlanOp.Resize r) {
                w = r.width();
                h = r.height();
            } else if (op instanceof PlanOp.Crop c) {
                assertThat(c.x()).isBetween(0, w - c.width());
                assertThat(c.y()).isBetween(0, h - c.height());
                w = c.width();
                h = c.height();
            } else if (op instanceof PlanOp.SmartCrop s) {
                assertThat(s.width()).isBetween(1, w);
                assertThat(s.height()).isBetween(1, h);
                w = s.width();
                h = s.height();
            } else if (op instanceof PlanOp.Pad p) {
                assertThat(p.x()).isBetween(0, p.canvasWidth() - w);
                assertThat(p.y()).isBetween(0, p.canvasHeight() - h);
                w = p.canvasWidth();
                h = p.canvasHeight();
            } else if (op instanceof PlanOp.Rotate r) {
                RotatedBounds b = RotatedBounds.of(w, h, r.degrees());
                w = b.width();
                h = b.height();
            }
            assertThat(w).isPositive();
            assertThat(h).isPositive();
        }
        return Size.of(w, h);
    }

    private static Source source(Random random) {
        Source s = Source.of(side(random), side(random), 1 + random.nextInt(8));
        if (random.nextInt(4) == 0) {
            Size up = s.oriented();
            int x = random.nextInt(up.width());
            int y = random.nextInt(up.height());
            s = s.withCustom(x, y, 1 + random.nextInt(up.width() - x), 1 + random.nextInt(up.height() - y));
        }
        return s;
    }

    /** Mostly ordinary sides, often extreme ones (1, 2, 5000). */
    private static int side(Random random) {
        return switch (random.nextInt(6)) {
            case 0 -> 1 + random.nextInt(3);
            case 1 -> 1000 + random.nextInt(4000);
            default -> 1 + random.nextInt(1200);
        };
    }

    private static String chain(Random random) {
        List<String> steps = new ArrayList<>();
        int n = 1 + random.nextInt(3);
        for (int i = 0; i < n; i++) {
            steps.add(step(random));
        }
        return String.join(":", steps);
    }

    private static String step(Random random) {
        List<String> params = new ArrayList<>();
        int sides = random.nextInt(4);
        if (sides != 1) {
            params.add("w-" + dimension(random, "cw"));
        }
        if (sides >= 1) {
            params.add("h-" + dimension(random, "ch"));
        }
        if (sides == 3 && random.nextBoolean()) {
            params.remove(params.size() - 1);
            params.add("ar-" + (1 + random.nextInt(16)) + "-" + (1 + random.nextInt(9)));
        }
        String mode = MODES.get(random.nextInt(MODES.size()));
        if (!mode.isEmpty()) {
            params.add(mode);
        }
        focus(random, params);
        if (random.nextInt(5) == 0) {
            params.add("rt-" + (random.nextBoolean() ? "N" : "") + random.nextInt(720));
        }
        if (random.nextInt(6) == 0) {
            params.add("fl-" + List.of("h", "v", "h_v").get(random.nextInt(3)));
        }
        if (params.isEmpty()) {
            params.add("q-80");
        }
        return String.join(",", params);
    }

    private static void focus(Random random, List<String> params) {
        switch (random.nextInt(8)) {
            case 0 -> params.add("fo-" + POSITIONS.get(random.nextInt(9)));
            case 1 -> params.add("fo-" + List.of("auto", "face", "dog").get(random.nextInt(3)));
            case 2 -> params.add("x-" + random.nextInt(2000) + ",y-" + random.nextInt(2000));
            case 3 -> params.add("xc-" + random.nextInt(2000) + ",yc-" + random.nextInt(2000));
            default -> { }
        }
    }

    private static String dimension(Random random, String current) {
        return switch (random.nextInt(5)) {
            case 0 -> "0." + (1 + random.nextInt(99));
            case 1 -> current + "_mul_0." + (1 + random.nextInt(99));
            default -> String.valueOf(1 + random.nextInt(random.nextBoolean() ? 50 : 2500));
        };
    }
}
