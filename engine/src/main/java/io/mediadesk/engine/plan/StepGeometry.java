package io.mediadesk.engine.plan;

import io.mediadesk.engine.render.RotatedBounds;
import io.mediadesk.engine.transform.Color;
import io.mediadesk.engine.transform.Key;
import io.mediadesk.engine.transform.Step;
import io.mediadesk.engine.transform.Value;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Plans the geometry of one step: size (w h ar dpr), then the crop or pad mode (c, cm, fo and
 * friends), then rotation, then flip. Every geometry parameter it reads is marked used; the ones
 * left over are reported as ignored, so nothing in a step disappears without a notice.
 */
final class StepGeometry {
    static final Set<Key> KEYS = EnumSet.of(Key.W, Key.H, Key.AR, Key.C, Key.CM, Key.FO, Key.Z, Key.X, Key.Y,
            Key.XC, Key.YC, Key.DPR, Key.RT, Key.FL, Key.BG);
    private static final Color BLACK = Color.parse("000000");
    private static final Set<String> NOT_SMART = Set.of("center", "top", "left", "bottom", "right",
            "top_left", "top_right", "bottom_left", "bottom_right", "custom");

    private final Step step;
    private final Draft draft;
    private final Set<Key> used = EnumSet.of(Key.W, Key.H, Key.AR, Key.DPR);

    StepGeometry(Step step, Draft draft) {
        this.step = step;
        this.draft = draft;
    }

    void plan() {
        Target target = Sizing.resolve(step, draft);
        Optional<String> cm = word(Key.CM);
        if (cm.isPresent()) {
            use(Key.CM);
            word(Key.C).ifPresent(c -> draft.notice(param(Key.C), "ignored: " + param(Key.CM) + " decides the crop"));
            used.add(Key.C);
            switch (cm.get()) {
                case "pad_resize" -> Resizing.pad(this, target, false);
                case "pad_resize_no_enlarge" -> Resizing.pad(this, target, true);
                default -> Extraction.plan(this, target, cm.get());
            }
        } else if (target.any()) {
            Resizing.crop(this, target, word(Key.C).orElse("maintain_ratio"));
            used.add(Key.C);
        }
        rotate();
        flip();
        leftovers();
    }

    Draft draft() {
        return draft;
    }

    Size current() {
        return draft.current();
    }

    Optional<Value> use(Key key) {
        used.add(key);
        return step.param(key);
    }

    boolean has(Key key) {
        return step.has(key);
    }

    String param(Key key) {
        return Planner.text(key, step.param(key).orElseThrow());
    }

    /** The w/h/ar/dpr parameters as written, for messages about the resize they caused. */
    String sizeCause() {
        return List.of(Key.W, Key.H, Key.AR, Key.DPR).stream().filter(step::has).map(this::param)
                .collect(Collectors.joining(","));
    }

    void resize(Size size) {
        draft.add(new PlanOp.Resize(size.width(), size.height()), sizeCause());
    }

    /** Crops a {@code width x height} region positioned by {@code fo}: a position, custom, or smart. */
    void crop(int width, int height) {
        Size c = current();
        Optional<Focus> smart = smartFocus();
        used.add(Key.FO);
        if (width == c.width() && height == c.height()) {
            return; // nothing to choose, whatever the focus
        }
        if (smart.isPresent()) {
            draft.add(new PlanOp.SmartCrop(width, height, smart.get()), param(Key.FO));
            return;
        }
        Optional<double[]> centre = customCentre();
        Gravity g = gravity();
        int x = centre.map(p -> centred(p[0], width, c.width())).orElseGet(() -> g.x(width, c.width()));
        int y = centre.map(p -> centred(p[1], height, c.height())).orElseGet(() -> g.y(height, c.height()));
        draft.add(new PlanOp.Crop(x, y, width, height), has(Key.FO) ? param(Key.FO) : sizeCause());
    }

    /** Puts the current image on a {@code width x height} canvas; {@code fo} picks the side padding goes to. */
    void pad(int width, int height, String cause) {
        Size c = current();
        if (width == c.width() && height == c.height()) {
            return;
        }
        Gravity g = padGravity();
        draft.add(new PlanOp.Pad(width, height, g.x(c.width(), width), g.y(c.height(), height), padBackground()), cause);
    }

    /** The {@code fo} position; center when absent or not one of the nine. */
    Gravity gravity() {
        return word(Key.FO).flatMap(Gravity::find).orElse(Gravity.CENTER);
    }

    Gravity padGravity() {
        used.add(Key.FO);
        Optional<String> fo = word(Key.FO);
        if (fo.isPresent() && Gravity.find(fo.get()).isEmpty()) {
            draft.notice(param(Key.FO), "does not place padding (only the nine positions do); the image is centred");
        }
        return gravity();
    }

    /** {@code fo-auto}, {@code fo-face} or an object, with {@code z} for face and objects. */
    Optional<Focus> smartFocus() {
        Optional<String> fo = word(Key.FO).filter(w -> !NOT_SMART.contains(w));
        if (fo.isEmpty()) {
            return Optional.empty();
        }
        double zoom = 1;
        if (!fo.get().equals("auto") && has(Key.Z)) {
            zoom = ((Value.Num) use(Key.Z).orElseThrow()).value();
        }
        return Optional.of(new Focus(fo.get(), zoom));
    }

    /** Where the centre of the asset's custom box is now, for {@code fo-custom}. */
    Optional<double[]> customCentre() {
        if (!word(Key.FO).filter("custom"::equals).isPresent()) {
            return Optional.empty();
        }
        Source.Box box = draft.customBox().orElseThrow(() ->
                new PlanningException("fo-custom", "this asset has no custom coordinates to focus on"));
        return Optional.of(draft.map(box.x() + box.width() / 2.0, box.y() + box.height() / 2.0).orElseThrow(() ->
                new PlanningException("fo-custom", "the custom box cannot be followed through an earlier rotation, "
                        + "flip or smart crop; put fo-custom before them")));
    }

    /** Left edge of a {@code size} region centred on {@code centre}, shifted inside {@code 0..outer}. */
    static int centred(double centre, int size, int outer) {
        long left = Rounding.nearest(Rounding.snapped(centre - size / 2.0));
        return (int) Math.max(0, Math.min(outer - size, left));
    }

    /**
     * {@code bg} for padding: a colour, or {@code blurred}, {@code dominant} and
     * {@code gradient_dominant} which the renderer works out from the pixels; black when absent.
     * {@code genfill} is AI outpainting, refused as hosted-only (planned as black meanwhile).
     */
    Value padBackground() {
        Optional<Value> bg = use(Key.BG);
        if (bg.isPresent() && isGenfill(bg.get())) {
            draft.unplanned(param(Key.BG), Support.HOSTED_ONLY, "generative fill is an AI feature of the hosted service");
            return BLACK;
        }
        return bg.orElse(BLACK);
    }

    static boolean isGenfill(Value bg) {
        return bg.toString().startsWith("genfill");
    }

    /** {@code bg} as the colour of rotation corners; other backgrounds are not rendered there. */
    Optional<Color> backgroundColour() {
        Optional<Value> bg = use(Key.BG);
        if (bg.isPresent() && !(bg.get() instanceof Color)) {
            Support support = isGenfill(bg.get()) ? Support.HOSTED_ONLY : Support.NOT_YET;
            draft.unplanned(param(Key.BG), support, "only a plain colour fills the corners of a rotation");
        }
        return bg.filter(Color.class::isInstance).map(Color.class::cast);
    }

    /** Whether padding or rotation corners used {@code bg}; if not, the effects may fill with it. */
    boolean usedBackground() {
        return used.contains(Key.BG);
    }

    Optional<String> word(Key key) {
        return step.param(key, Value.Word.class).map(Value.Word::word);
    }

    private void rotate() {
        Optional<Value> rt = use(Key.RT);
        if (rt.isEmpty()) {
            return;
        }
        if (!(rt.get() instanceof Value.Num n)) {
            draft.notice(param(Key.RT), "adds no rotation: the EXIF orientation is always applied first");
            return;
        }
        double degrees = n.value();
        if (degrees % 360 == 0) {
            return;
        }
        Size c = current();
        RotatedBounds bounds = RotatedBounds.of(c.width(), c.height(), degrees);
        Optional<Color> bg = degrees % 90 == 0 ? Optional.empty() : backgroundColour();
        draft.add(new PlanOp.Rotate(degrees, bounds.width(), bounds.height(), bg), param(Key.RT));
    }

    private void flip() {
        use(Key.FL).ifPresent(fl -> {
            String w = fl.toString();
            draft.add(new PlanOp.Flip(w.contains("h"), w.contains("v")), param(Key.FL));
        });
    }

    private static String leftoverReason(Key key) {
        return switch (key) {
            case FO -> "nothing is cropped or padded in this step";
            case Z -> "z applies only to a crop with fo-face or an object focus";
            default -> "x, y, xc and yc position only the region of cm-extract and cm-pad_extract";
        };
    }

    private void leftovers() {
        for (Key key : List.of(Key.FO, Key.Z, Key.X, Key.Y, Key.XC, Key.YC)) {
            if (has(key) && !used.contains(key)) {
                draft.notice(param(key), "ignored: " + leftoverReason(key));
            }
        }
    }
}
