package io.mediadesk.engine.plan;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The geometry of one render, worked out before a pixel is touched: the operations in order,
 * the size they produce, how to encode, and what the planner ignored ({@link #notices()}) or
 * did not plan ({@link #unplanned()}: layers, AI and video keys, for the renderer to refuse by
 * name). {@link #original()} means: serve the original bytes ({@code orig-true}).
 */
public record Plan(List<PlanOp> ops, Size size, OutputSpec output, List<Notice> notices, List<Unplanned> unplanned,
        boolean original) {

    public Plan {
        ops = List.copyOf(ops);
        notices = List.copyOf(notices);
        unplanned = List.copyOf(unplanned);
    }

    /** The empty plan of {@code orig-true}: the stored bytes as they are, not even oriented. */
    static Plan original(Source source) {
        return new Plan(List.of(), Size.of(source.width(), source.height()), OutputSpec.DEFAULT, List.of(),
                List.of(), true);
    }

    /** False while a trim's box is unknown: the sizes after it are then upper-bound estimates. */
    public boolean resolved() {
        return ops.stream().noneMatch(op -> op instanceof PlanOp.Trim t && !t.resolved());
    }

    public int width() {
        return size.width();
    }

    public int height() {
        return size.height();
    }

    /** The operations as golden-table text: {@code orient 6 | resize 450x300 | crop 25,0 400x300}, or {@code -}. */
    public String describeOps() {
        return ops.isEmpty() ? "-" : ops.stream().map(PlanOp::toString).collect(Collectors.joining(" | "));
    }

    @Override
    public String toString() {
        return describeOps() + " => " + size;
    }
}
