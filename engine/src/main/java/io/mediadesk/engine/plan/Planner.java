package io.mediadesk.engine.plan;

import io.mediadesk.engine.codec.Limits;
import io.mediadesk.engine.transform.ExpressionContext;
import io.mediadesk.engine.transform.Key;
import io.mediadesk.engine.transform.Operation;
import io.mediadesk.engine.transform.Step;
import io.mediadesk.engine.transform.Transformation;
import io.mediadesk.engine.transform.Value;
import java.util.List;
import java.util.Optional;

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
 * {@link OutputSpec}; effects are planned after each step's geometry in {@code StepEffects.ORDER}.
 * Layers are planned as {@link PlanOp.Overlay} ops at the end of their step (after the step's
 * effects), their own steps when the renderer reaches them ({@link #planLayer}). Parameters it
 * does not plan (AI keys, video keys, video and subtitle layers; {@link Support}), also those
 * inside layers, are listed in {@link Plan#unplanned()} for the renderer to refuse by name.
 */
public final class Planner {
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

    /**
     * The plan, or {@link PlanningException} when the transformation cannot be carried out on this
     * source. Trims stay unresolved ({@link Plan#resolved()} is false) and are planned as keeping
     * the whole image; the renderer finds their boxes and plans again.
     */
    public Plan plan(Transformation transformation, Source source) {
        return plan(transformation, source, List.of());
    }

    /** The plan with the boxes of the first {@code trims.size()} trims (in execution order) known. */
    public Plan plan(Transformation transformation, Source source, List<Source.Box> trims) {
        if (isOriginal(transformation)) {
            return Plan.original(source);
        }
        return plan(transformation, new Draft(source, trims));
    }

    /**
     * The plan of a layer's own steps on the layer's source, inside a parent image of size
     * {@code base}: {@code bw bh bar} are the parent's, {@code iw ih} the layer source's. The
     * caller has taken out what only a layer means ({@code i lx ly lm ...}, {@link LayerKeys}).
     */
    public Plan planLayer(Transformation steps, Source source, Size base, List<Source.Box> trims) {
        return plan(steps, new Draft(source, trims, base));
    }

    private Plan plan(Transformation transformation, Draft draft) {
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
            } else if (p.key() == Key.PG) {
                draft.page(p.value());
            } else if (p.key() == Key.ORIG) {
                draft.notice(text(p.key(), p.value()), "changes nothing: only orig-true means anything");
            } else if (Support.of(p.key()) != Support.RENDERED) {
                draft.unplanned(text(p.key(), p.value()), Support.of(p.key()), Support.reason(p.key()));
            }
        }
        StepEffects effects = new StepEffects(step, draft);
        effects.trim();
        ExpressionContext context = draft.context();
        StepGeometry geometry = new StepGeometry(step, draft);
        geometry.plan();
        effects.plan(context, geometry.usedBackground());
        for (Operation.Layer layer : step.layers()) {
            LayerKeys.refusals(layer, layer.type().token()).forEach(r -> draft.unplanned(r.parameter(), r.support(), r.reason()));
            draft.add(new PlanOp.Overlay(layer), layer.type().token());
        }
    }

    /** A parameter as written canonically: {@code w-400}, {@code e-grayscale}. */
    static String text(Key key, Value value) {
        return value instanceof Value.Bare ? key.shortKey() : key.shortKey() + "-" + value;
    }
}
