package io.mediadesk.engine.transform;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** One comma-separated item of a {@link Step}: a parameter, a layer, or an if-block. */
public sealed interface Operation permits Operation.Param, Operation.Layer, Operation.Conditional {

    /** A plain parameter such as {@code w-300}; {@link Value.Bare} for bare keys. */
    record Param(Key key, Value value) implements Operation {
        public static Param of(Key key, Value value) {
            return new Param(key, value);
        }
    }

    /**
     * {@code l-<type>,...,l-end}: an overlay with its own chain of steps. The input
     * ({@code i-}/{@code ie-}) is in the first step.
     */
    record Layer(LayerType type, List<Step> steps) implements Operation {
        public Layer {
            steps = List.copyOf(steps);
            if (steps.isEmpty() || steps.stream().anyMatch(s -> s.operations().isEmpty())) {
                throw new IllegalArgumentException("a layer needs non-empty steps");
            }
        }

        /** The layer's {@code i-} or {@code ie-} input value. */
        public Optional<Value> input() {
            Step first = steps.isEmpty() ? null : steps.get(0);
            return first == null ? Optional.empty() : first.param(Key.IE).or(() -> first.param(Key.I));
        }
    }

    /** {@code if-<cond>,<chain>[,if-else,<chain>],if-end}; {@code whenFalse} is empty without if-else. */
    record Conditional(Condition condition, List<Step> whenTrue, List<Step> whenFalse) implements Operation {
        public Conditional {
            whenTrue = List.copyOf(whenTrue);
            whenFalse = List.copyOf(whenFalse);
            if (whenTrue.isEmpty() || Stream.concat(whenTrue.stream(), whenFalse.stream()).anyMatch(s -> s.operations().isEmpty())) {
                throw new IllegalArgumentException("an if-block needs a non-empty true branch and no empty steps");
            }
        }
    }
}
