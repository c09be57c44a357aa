package io.mediadesk.engine.plan;

import io.mediadesk.engine.transform.Expression;
import io.mediadesk.engine.transform.InvalidTransformationException;
import io.mediadesk.engine.transform.Key;
import io.mediadesk.engine.transform.Step;
import io.mediadesk.engine.transform.Value;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Resolves a step's {@code w h dpr ar} into a {@link Target} (rules 4-6 of docs/GEOMETRY.md).
 * Values stay exact decimals until the single rounding: a literal fraction is that part of the
 * current side ({@code w-0.15} of 10 px is exactly 1.5, so 2), {@code dpr} multiplies the exact
 * request, and only then is it rounded.
 */
final class Sizing {
    static final int MAX_DIMENSION = 65535;
    static final int MAX_DPR_DIMENSION = 5000;

    private final Step step;
    private final Draft draft;

    private Sizing(Step step, Draft draft) {
        this.step = step;
        this.draft = draft;
    }

    static Target resolve(Step step, Draft draft) {
        return new Sizing(step, draft).resolve();
    }

    private Target resolve() {
        BigDecimal w = exact(Key.W, draft.cw()).orElse(null);
        BigDecimal h = exact(Key.H, draft.ch()).orElse(null);
        Optional<BigDecimal> dpr = dpr(w != null || h != null);
        if (dpr.isPresent()) {
            BigDecimal wd = w == null ? null : w.multiply(dpr.get());
            BigDecimal hd = h == null ? null : h.multiply(dpr.get());
            if (outOfDprRange(wd) || outOfDprRange(hd)) {
                draft.notice(param(Key.DPR), "ignored: it would ask for a side below 1 px or above "
                        + MAX_DPR_DIMENSION + " px");
            } else {
                w = wd;
                h = hd;
            }
        }
        int width = w == null ? 0 : Rounding.size(w);
        int height = h == null ? 0 : Rounding.size(h);
        return ratio(width, height);
    }

    /** The exact requested size on one axis: pixels, a fraction of {@code current}, or an expression. */
    private Optional<BigDecimal> exact(Key key, int current) {
        Optional<Value> value = step.param(key);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (value.get() instanceof Value.Num n) {
            BigDecimal written = Rounding.written(n.value());
            return Optional.of(n.value() < 1 ? written.multiply(BigDecimal.valueOf(current)) : written);
        }
        if (value.get() instanceof Expression e) {
            double v = evaluate(key, e);
            if (!(v > 0)) {
                throw new PlanningException(param(key), "evaluates to " + v + " px; a size must be positive");
            }
            if (v > MAX_DIMENSION) {
                draft.notice(param(key), "ignored: evaluates to " + v + " px, and dimensions above "
                        + MAX_DIMENSION + " are ignored by the service");
                return Optional.empty();
            }
            return Optional.of(Rounding.snapped(v));
        }
        draft.notice(param(key), "ignored: w-auto needs the client's Sec-CH-Width hint, which a local render has not");
        return Optional.empty();
    }

    private Optional<BigDecimal> dpr(boolean sized) {
        Optional<Value> value = step.param(Key.DPR);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (value.get() instanceof Value.Word) {
            draft.notice(param(Key.DPR), "ignored: dpr-auto needs the client's Sec-CH-DPR hint, which a local render has not");
            return Optional.empty();
        }
        if (!sized) {
            draft.notice(param(Key.DPR), "ignored: dpr needs w or h in the same step");
            return Optional.empty();
        }
        BigDecimal d = value.get() instanceof Value.Num n ? Rounding.written(n.value())
                : Rounding.snapped(evaluate(Key.DPR, (Expression) value.get()));
        return Optional.of(d);
    }

    private static boolean outOfDprRange(BigDecimal requested) {
        if (requested == null) {
            return false;
        }
        long rounded = Rounding.nearest(requested);
        return rounded < 1 || rounded > MAX_DPR_DIMENSION;
    }

    /** {@code ar} fills the one missing side; with none given it has nothing to work from. */
    private Target ratio(int width, int height) {
        Optional<Value> ar = step.param(Key.AR);
        if (ar.isEmpty() || width > 0 && height > 0) {
            return new Target(width, height);
        }
        if (width == 0 && height == 0) {
            draft.notice(param(Key.AR), "ignored: ar needs exactly one of w and h in the same step");
            return new Target(0, 0);
        }
        if (ar.get() instanceof Value.Ratio r) {
            BigDecimal a = Rounding.written(r.width().value());
            BigDecimal b = Rounding.written(r.height().value());
            return width > 0 ? new Target(width, Rounding.size(BigDecimal.valueOf(width), b, a))
                    : new Target(Rounding.size(BigDecimal.valueOf(height), a, b), height);
        }
        double value = evaluate(Key.AR, (Expression) ar.get());
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new PlanningException(param(Key.AR), "evaluates to " + value + "; an aspect ratio must be positive");
        }
        return width > 0 ? new Target(width, Rounding.size(Rounding.snapped(width / value)))
                : new Target(Rounding.size(Rounding.snapped(height * value)), height);
    }

    private double evaluate(Key key, Expression expression) {
        try {
            double v = expression.evaluate(draft.context());
            if (Double.isNaN(v) || Double.isInfinite(v)) {
                throw new PlanningException(param(key), "evaluates to " + v);
            }
            return v;
        } catch (InvalidTransformationException e) {
            throw new PlanningException(param(key), e.getMessage());
        }
    }

    private String param(Key key) {
        return Planner.text(key, step.param(key).orElseThrow());
    }
}
