package io.mediadesk.engine.transform;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One {@code :}-separated step: operations applied together. The constructor puts plain
 * parameters in canonical order (the {@link Key} table's order) ahead of layers and if-blocks,
 * which keep their relative order, so equal steps compare equal however they were written.
 */
public record Step(List<Operation> operations) {

    public Step {
        List<Operation> params = new ArrayList<>();
        List<Operation> others = new ArrayList<>();
        Set<Key> seen = EnumSet.noneOf(Key.class);
        for (Operation op : operations) {
            if (op instanceof Operation.Param p) {
                if (!seen.add(p.key())) {
                    throw new IllegalArgumentException(p.key() + " appears twice in one step");
                }
                params.add(p);
            } else {
                others.add(op);
            }
        }
        params.sort(Comparator.comparing(op -> ((Operation.Param) op).key()));
        params.addAll(others);
        operations = List.copyOf(params);
    }

    public static Step of(Operation... operations) {
        return new Step(List.of(operations));
    }

    /** The value of {@code key} in this step, if given. */
    public Optional<Value> param(Key key) {
        return params().stream().filter(p -> p.key() == key).map(Operation.Param::value).findFirst();
    }

    /** The value of {@code key} if given and of the expected type, e.g. {@code param(Key.W, Value.Num.class)}. */
    public <T extends Value> Optional<T> param(Key key, Class<T> type) {
        return param(key).filter(type::isInstance).map(type::cast);
    }

    public boolean has(Key key) {
        return param(key).isPresent();
    }

    public List<Operation.Param> params() {
        return operations.stream().filter(Operation.Param.class::isInstance).map(Operation.Param.class::cast).toList();
    }

    public List<Operation.Layer> layers() {
        return operations.stream().filter(Operation.Layer.class::isInstance).map(Operation.Layer.class::cast).toList();
    }

    /** The if-block, when this step is one (an if-block is always alone in its step). */
    public Optional<Operation.Conditional> conditional() {
        return operations.stream().filter(Operation.Conditional.class::isInstance)
                .map(Operation.Conditional.class::cast).findFirst();
    }

    @Override
    public String toString() {
        return TransformationFormatter.step(this);
    }
}
