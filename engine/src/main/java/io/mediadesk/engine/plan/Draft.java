package io.mediadesk.engine.plan;

import io.mediadesk.engine.transform.ExpressionContext;
import io.mediadesk.engine.transform.Key;
import io.mediadesk.engine.transform.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The plan being built: the current size, the operations so far (each with the parameter that
 * caused it, for limit messages), notices and the output spec. It also follows where the
 * original's pixels went ({@code x' = x * sx + ox}) through resizes, crops and pads, so that
 * {@code fo-custom} can find the custom box in a later step; a rotation or flip ends that.
 */
final class Draft {
    static final int MAX_STEPS = 50;
    static final int WEBP_MAX_SIDE = 16383;

    private final Source source;
    private final List<Source.Box> trims;
    private int trimsPlanned;
    private final Size original;
    private final Size base;
    private final List<PlanOp> ops = new ArrayList<>();
    private final List<String> causes = new ArrayList<>();
    private final List<Notice> notices = new ArrayList<>();
    private final List<Unplanned> unplanned = new ArrayList<>();
    private OutputSpec output = OutputSpec.DEFAULT;
    private Size current;
    private int step;
    private double sx = 1;
    private double sy = 1;
    private double ox;
    private double oy;
    private boolean tracked = true;

    /** @param trims the boxes the renderer found for the first trims, in order; later ones are unresolved */
    Draft(Source source, List<Source.Box> trims) {
        this(source, trims, null);
    }

    /** A draft for a layer: {@code base} is the parent image ({@code bw bh}); null = the original itself. */
    Draft(Source source, List<Source.Box> trims, Size base) {
        this.source = source;
        this.trims = List.copyOf(trims);
        this.original = source.oriented();
        this.base = base == null ? original : base;
        this.current = Size.of(source.width(), source.height());
        if (source.orientation() != 1) {
            add(new PlanOp.Orient(source.orientation()), "EXIF orientation " + source.orientation());
        }
    }

    /** Starts the next executed step; more than {@value #MAX_STEPS} is refused. */
    void nextStep(String text) {
        if (++step > MAX_STEPS) {
            throw new PlanningException(text, "a chain may run at most " + MAX_STEPS + " steps (if-branches count)");
        }
    }

    /** The box found for the next trim, if the renderer has found it yet. */
    Optional<Source.Box> nextTrim() {
        int index = trimsPlanned++;
        if (index >= trims.size()) {
            return Optional.empty();
        }
        Source.Box box = trims.get(index);
        if (box.x() + box.width() > cw() || box.y() + box.height() > ch()) {
            throw new IllegalArgumentException("trim box " + box + " is outside the " + current + " image");
        }
        return Optional.of(box);
    }

    int cw() {
        return current.width();
    }

    int ch() {
        return current.height();
    }

    Size current() {
        return current;
    }

    /** Variables for expressions and conditions: iw ih oriented original, cw ch current, bw bh base (parent). */
    ExpressionContext context() {
        return ExpressionContext.of(original.width(), original.height(), cw(), ch(), base.width(), base.height());
    }

    Optional<Source.Box> customBox() {
        return source.custom();
    }

    /** Where the original point {@code (x, y)} is now; empty once a rotation or flip lost track. */
    Optional<double[]> map(double x, double y) {
        return tracked ? Optional.of(new double[] {x * sx + ox, y * sy + oy}) : Optional.empty();
    }

    /** Adds {@code op} unless it changes nothing (a resize to the same size, a full-image crop). */
    void add(PlanOp op, String cause) {
        Size after = op.after(current);
        if (op instanceof PlanOp.Resize && after.equals(current)
                || op instanceof PlanOp.Crop c && after.equals(current) && c.x() == 0 && c.y() == 0) {
            return;
        }
        follow(op);
        ops.add(op);
        causes.add(cause);
        current = after;
    }

    private void follow(PlanOp op) {
        if (op instanceof PlanOp.Resize r) {
            double fx = (double) r.width() / cw();
            double fy = (double) r.height() / ch();
            sx *= fx;
            ox *= fx;
            sy *= fy;
            oy *= fy;
        } else if (op instanceof PlanOp.Crop c) {
            ox -= c.x();
            oy -= c.y();
        } else if (op instanceof PlanOp.Pad p) {
            ox += p.x();
            oy += p.y();
        } else if (op instanceof PlanOp.Border b) {
            ox += b.width();
            oy += b.width();
        } else if (op instanceof PlanOp.Trim t) {
            // An unresolved trim is planned as keeping everything; the renderer plans again with the box.
            t.box().ifPresent(box -> {
                ox -= box.x();
                oy -= box.y();
            });
        } else if (op instanceof PlanOp.SmartCrop || op instanceof PlanOp.Rotate || op instanceof PlanOp.Flip) {
            tracked = false; // these move pixels in ways not followed here
        }
    }

    void notice(String parameter, String reason) {
        notices.add(new Notice(step, parameter, reason));
    }

    void unplanned(String parameter, Support support, String reason) {
        unplanned.add(new Unplanned(step, parameter, support, reason));
    }

    /**
     * {@code pg-N}: frame N of an animated source, served as a still. Lists, ranges and layer
     * names choose pages or layers of PDF/PSD files, which the local engine does not read.
     */
    void page(Value value) {
        String text = Planner.text(Key.PG, value);
        if (!value.toString().matches("\\d{1,5}")) {
            unplanned(text, Support.NOT_YET, "lists, ranges and layer names pick pages of PDF/PSD files,"
                    + " which the local engine does not read; a single frame number works");
            return;
        }
        int page = Integer.parseInt(value.toString());
        if (page < 1) throw new PlanningException(text, "pages and frames count from 1");
        if (output.page().isPresent()) notice(text, "replaces the pg given in an earlier step");
        output = output.withPage(page);
    }

    void output(Key key, Value value) {
        if (output.has(key)) {
            notice(Planner.text(key, value), "replaces the " + key + " given in an earlier step (one encode, the last wins)");
        }
        output = output.with(key, value);
    }

    /** The finished plan; every canvas the plan allocates is checked against the output limit. */
    Plan finish(int maxSide) {
        int limit = output.isWebp() ? Math.min(maxSide, WEBP_MAX_SIDE) : maxSide;
        String why = output.isWebp() && limit == WEBP_MAX_SIDE ? " (WebP output)" : "";
        for (int i = 0; i < ops.size(); i++) {
            PlanOp op = ops.get(i);
            boolean allocates = op instanceof PlanOp.Resize || op instanceof PlanOp.Pad || op instanceof PlanOp.Rotate
                    || op instanceof PlanOp.Border;
            Size size = op instanceof PlanOp.Border ? op.after(sizeBefore(i)) : op.after(current);
            // other allocating ops size themselves whatever the input
            if (allocates && isCroppedAtOnce(i)) {
                // A cover resize cut down by the next op never leaves the engine: only its pixel
                // count matters (1x118 covering 400x300 passes through 400x47200).
                if ((long) size.width() * size.height() > (long) limit * limit) {
                    throw tooLarge(causes.get(i), size, limit, " for an intermediate image (" + limit + " x " + limit + " pixels)");
                }
            } else if (allocates && Math.max(size.width(), size.height()) > limit) {
                throw tooLarge(causes.get(i), size, limit, why);
            }
        }
        if (Math.max(cw(), ch()) > limit) {
            throw tooLarge(causes.isEmpty() ? "source" : causes.get(causes.size() - 1), current, limit, why);
        }
        return new Plan(ops, current, output, notices, unplanned, false);
    }

    /** The size going into op {@code index}, replayed from the source. */
    private Size sizeBefore(int index) {
        Size size = Size.of(source.width(), source.height());
        for (int i = 0; i < index; i++) {
            size = ops.get(i).after(size);
        }
        return size;
    }

    private boolean isCroppedAtOnce(int index) {
        return ops.get(index) instanceof PlanOp.Resize && index + 1 < ops.size()
                && (ops.get(index + 1) instanceof PlanOp.Crop || ops.get(index + 1) instanceof PlanOp.SmartCrop);
    }

    private static PlanningException tooLarge(String cause, Size size, int limit, String why) {
        return new PlanningException(cause, "makes a " + size + " image; the largest side allowed is " + limit + " px" + why);
    }
}
