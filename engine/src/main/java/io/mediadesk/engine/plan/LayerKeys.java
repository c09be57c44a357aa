package io.mediadesk.engine.plan;

import io.mediadesk.engine.transform.Key;
import io.mediadesk.engine.transform.LayerType;
import io.mediadesk.engine.transform.Operation;
import io.mediadesk.engine.transform.Step;
import io.mediadesk.engine.transform.Transformation;
import io.mediadesk.engine.transform.Value;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which of a layer's parameters are about the layer itself (its input, place and mode) rather than
 * its pixels, and what is left for the {@link Planner} to plan on the layer's source: the layer's
 * "own steps". Also the refusals a layer carries (video and subtitle layers, {@code lm-displace},
 * hosted-only keys inside it), found before anything is decoded.
 */
public final class LayerKeys {
    /**
     * Why {@code lm-displace} is refused. The service documents (ImageKit SDK reference, layer
     * mode enum) only that the layer's red channel moves the base's pixels horizontally and its
     * green channel vertically, by a magnitude set with {@code x}/{@code y}; not the neutral level
     * (127 or 128), the direction, whether x/y is the largest shift in pixels, where the map lies
     * (at lx/ly or stretched over the base), nor how pixels from outside are filled. Any choice
     * here would be a guess that the CDN's render need not match.
     */
    static final String DISPLACE_REASON = "the service documents only that red moves pixels horizontally and green"
            + " vertically by an amount set with x/y, not the neutral level, direction or scale, so a local render"
            + " could not match the CDN's displacement";

    /** Input, position, mode and video timing: read by the compositor, never planned. */
    public static final Set<Key> PLACE = EnumSet.of(Key.I, Key.IE, Key.LX, Key.LY, Key.LXC, Key.LYC, Key.LFO, Key.LAP,
            Key.LM, Key.LSO, Key.LEO, Key.LDU);
    /** What a text layer's first step says about the text block; the text renderer reads them. */
    public static final Set<Key> TEXT = EnumSet.of(Key.FS, Key.FF, Key.CO, Key.IA, Key.PA, Key.AL, Key.TG, Key.LH,
            Key.W, Key.BG, Key.R, Key.RT, Key.FL);
    /** What a solid or gradient block's first step says about the block ({@code i-ik_canvas}). */
    public static final Set<Key> CANVAS = EnumSet.of(Key.W, Key.H, Key.BG, Key.AL);
    /** The input that makes an image layer a solid or gradient block instead of a file. */
    public static final String CANVAS_INPUT = "ik_canvas";

    /** Where a layer's pixels come from. */
    public enum Kind { FILE, CANVAS, TEXT }

    /** One parameter a layer cannot render here. */
    public record Refusal(String parameter, Support support, String reason) {
    }

    private LayerKeys() {
    }

    public static Kind kind(Operation.Layer layer) {
        if (layer.type() == LayerType.TEXT) {
            return Kind.TEXT;
        }
        return layer.input().filter(v -> v instanceof Value.Path p && p.path().equals(CANVAS_INPUT)).isPresent()
                ? Kind.CANVAS : Kind.FILE;
    }

    /**
     * The layer's steps with what is not about its pixels taken out, ready for
     * {@link Planner#planLayer}; steps left empty are dropped. A file layer trims by default (spec
     * 7.7: the service trims overlay images unless {@code t-false}), so its first step gets
     * {@code t-true} unless it has a {@code t}; {@code t-false} is taken out.
     */
    public static Transformation ownSteps(Operation.Layer layer) {
        Kind kind = kind(layer);
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < layer.steps().size(); i++) {
            Set<Key> drop = EnumSet.copyOf(PLACE);
            if (i == 0 && kind == Kind.TEXT) {
                drop.addAll(TEXT);
            } else if (i == 0 && kind == Kind.CANVAS) {
                drop.addAll(CANVAS);
            }
            List<Operation> kept = new ArrayList<>();
            for (Operation op : layer.steps().get(i).operations()) {
                if (op instanceof Operation.Param p && (drop.contains(p.key())
                        || p.key() == Key.T && p.value().equals(new Value.Flag(false)))) {
                    continue;
                }
                kept.add(op);
            }
            if (i == 0 && kind == Kind.FILE && !layer.steps().get(0).has(Key.T)) {
                kept.add(Operation.Param.of(Key.T, new Value.Flag(true)));
            }
            if (!kept.isEmpty()) {
                steps.add(new Step(kept));
            }
        }
        return new Transformation(steps);
    }

    /**
     * The library paths this layer reads, nested layers included: its image ({@code i-<path>},
     * not {@code ik_canvas}) and user fonts ({@code ff-} with a file extension), with the
     * parameter that names each, e.g. {@code i-logo.png}. For checking before anything is decoded.
     */
    public static java.util.Map<String, String> libraryPaths(Operation.Layer layer) {
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
        collect(layer, out);
        return out;
    }

    private static void collect(Operation.Layer layer, java.util.Map<String, String> out) {
        if (kind(layer) == Kind.FILE) {
            layer.input().filter(Value.Path.class::isInstance)
                    .ifPresent(v -> out.put(((Value.Path) v).path(), Planner.text(Key.I, v)));
        }
        for (Step step : layer.steps()) {
            step.param(Key.FF).filter(Value.Path.class::isInstance).map(v -> (Value.Path) v)
                    .filter(p -> p.path().toLowerCase(java.util.Locale.ROOT).matches(".*\\.(ttf|otf)"))
                    .ifPresent(p -> out.put(p.path(), Planner.text(Key.FF, p)));
            step.layers().forEach(inner -> collect(inner, out));
        }
    }

    /** The last value of {@code key} among the layer's own steps (not its nested layers). */
    public static Optional<Value> last(Operation.Layer layer, Key key) {
        Optional<Value> found = Optional.empty();
        for (Step step : layer.steps()) {
            Optional<Value> v = step.param(key);
            if (v.isPresent()) {
                found = v;
            }
        }
        return found;
    }

    /**
     * What in this layer (nested layers and if-branches included) cannot be rendered here, each
     * named {@code path > parameter}, e.g. {@code l-image > e-bgremove}.
     */
    public static List<Refusal> refusals(Operation.Layer layer, String path) {
        List<Refusal> out = new ArrayList<>();
        if (layer.type() == LayerType.VIDEO || layer.type() == LayerType.SUBTITLES) {
            out.add(new Refusal(path, Support.HOSTED_ONLY, "video and subtitle layers apply to video only"));
            return out;
        }
        steps(layer.steps(), path, out);
        return out;
    }

    private static void steps(List<Step> steps, String path, List<Refusal> out) {
        for (Step step : steps) {
            for (Operation op : step.operations()) {
                if (op instanceof Operation.Param p) {
                    String text = Planner.text(p.key(), p.value());
                    if (Support.of(p.key()) != Support.RENDERED) {
                        out.add(new Refusal(path + " > " + text, Support.of(p.key()), Support.reason(p.key())));
                    } else if (p.key() == Key.PG) {
                        out.add(new Refusal(path + " > " + text, Support.NOT_YET,
                                "a layer's image is read at its first frame or page"));
                    } else if (p.key() == Key.LM && p.value().toString().equals("displace")) {
                        out.add(new Refusal(path + " > " + text, Support.NOT_YET,
                                DISPLACE_REASON));
                    }
                } else if (op instanceof Operation.Layer inner) {
                    out.addAll(refusals(inner, path + " > " + inner.type().token()));
                } else if (op instanceof Operation.Conditional c) {
                    steps(c.whenTrue(), path, out);
                    steps(c.whenFalse(), path, out);
                }
            }
        }
    }
}
