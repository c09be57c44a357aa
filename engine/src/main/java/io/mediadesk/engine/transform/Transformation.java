package io.mediadesk.engine.transform;

import java.util.List;

/**
 * A parsed transformation: the {@code :}-separated steps, applied left to right. Immutable;
 * {@link #toString()} is the canonical string (see {@link TransformationFormatter}), so two
 * transformations are equal exactly when their canonical strings are.
 */
public record Transformation(List<Step> steps) {

    public Transformation {
        steps = List.copyOf(steps);
        if (steps.stream().anyMatch(s -> s.operations().isEmpty())) {
            throw new IllegalArgumentException("a transformation has no empty steps");
        }
    }

    public static Transformation of(Step... steps) {
        return new Transformation(List.of(steps));
    }

    /** Parses with the default parser, keeping {@code n-NAME} references unexpanded. */
    public static Transformation parse(String text) {
        return new TransformationParser().parse(text);
    }

    public boolean isEmpty() {
        return steps.isEmpty();
    }

    @Override
    public String toString() {
        return TransformationFormatter.format(this);
    }
}
