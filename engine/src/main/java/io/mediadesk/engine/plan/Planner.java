package io.mediadesk.engine.plan;

import io.mediadesk.engine.codec.Limits;
import io.mediadesk.engine.transform.Key;
import io.mediadesk.engine.transform.Operation;
import io.mediadesk.engine.transform.Step;
import io.mediadesk.engine.transform.Transformation;
import io.mediadesk.engine.transform.Value;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Works out the geometry of a transformation on one source, before any pixel is decoded: a pure
 * function of the parsed {@link Transformation} and the {@link Source} (docs/GEOMETRY.md holds
 * the rules, each with a worked example).
 *
 * <pre>{@code
 * Plan plan = new Planner().plan(Transformation.parse("w-400,h-300"), Source.of(1000, 667));
 * plan.describeOps();   // "resize 450x300 | crop 25,0 400x300"
 * plan.size();          // 400x300
 * }</pre>
 *
 * <p>The EXIF orientation is applied first; then each {@code :} step starts from the previous
 * step's output, if-blocks choose a branch from the current size, and output parameters go to
 * {@link OutputSpec}. Parameters it does not plan (effects, layers, AI keys, video keys) are listed
 * in {@link Plan#unplanned()} for the renderer to carry out or refuse by name.
 */
public final class Planner {
    private static final Set<Key> AI = Set.of(Key.E_BGREMOVE, Key.E_REMOVEDOTBG, Key.E_DROPSHADOW, Key.E_UPSCALE,
            Key.E_RETOUCH, Key.E_GENVAR, Key.E_CHANGEBG, Key.E_EDIT);
    private static final Set<Key> VIDEO = Set.of(Key.VC, Key.AC, Key.SO, Key.EO, Key.DU, Key.SR);

    private final int maxOutputSide;

    /** A planner with the default largest output side, {@code Limits.DEFAULT.maxOutputSide()} (8192). */
    public Planner() {
        this(Limits.DEFAULT.maxOutputSide());
    }

    /** A planner refusing any planned canvas with a side above {@code maxOutputSide}. */
    public Planner(int maxOutputSide) {
        if (maxOutputSide < 1) {
            throw new IllegalArgumentException("maxOutputSide must be positive, got " + maxOutputSide);
        }
        this.maxOutputSide = maxOutputSide;
    }

    public static Planner from(Limits limits) {
        return new Planner(limits.maxOutputSide());
    }

    /** The plan, or {@link PlanningException} when the transformation cannot be carried out on this source. */
    public Plan plan(Transformation transformation, Source source) {
        if (isOriginal(transformation)) {
            return Plan.original(source);
        }
        Draft draft = new Draft(source);
        for (Step step : transformation.steps()) {
            step(step, draft);
        }
        return draft.finish(maxOutputSide);
    }

    private static boolean isOriginal(Transformation t) {
        return t.steps().stream().anyMatch(s -> s.param(Key.ORIG).equals(Optional.of(new Value.Flag(true))));
    }

    private void step(Step step, Draft draft) {
        Optional<Operation.Conditional> block = step.conditional();
        if (block.isPresent()) {
            List<Step> branch = block.get().condition().test(draft.context())
                    ? block.get().whenTrue() : block.get().whenFalse();
            branch.forEach(s -> step(s, draft));
            return;
        }
        draft.nextStep(step.toString());
        for (Operation.Param p : step.params()) {
            if (OutputSpec.KEYS.contains(p.key())) {
                draft.output(p.key(), p.value());
            } else if (p.key() == Key.ORIG) {
                draft.notice(text(p.key(), p.value()), "changes nothing: only orig-true means anything");
            } else if (!StepGeometry.KEYS.contains(p.key())) {
                draft.unplanned(text(p.key(), p.value()), unplannedReason(p.key()));
            }
        }
        step.layers().forEach(l -> draft.unplanned(l.type().token(), "layers are composited by the renderer; "
                + "the planner plans only the base image"));
        new StepGeometry(step, draft).plan();
    }

    private static String unplannedReason(Key key) {
        if (AI.contains(key)) {
            return "an AI feature of the hosted service";
        }
        if (VIDEO.contains(key)) {
            return "applies to video only";
        }
        return switch (key) {
            case N -> "a named transformation must be expanded (TransformationParser with a PresetLookup) before planning";
            case T -> "trimming depends on the pixels; the planner cannot size it";
            case PG, DI -> "chooses the source, which happens before planning";
            default -> "an effect, not geometry: the renderer carries it out or refuses it";
        };
    }

    /** A parameter as written canonically: {@code w-400}, {@code e-grayscale}. */
    static String text(Key key, Value value) {
        return value instanceof Value.Bare ? key.shortKey() : key.shortKey() + "-" + value;
    }
}
