package io.mediadesk.engine.transform;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rules that look at a whole step rather than one value: duplicates and contradictions are
 * rejected; the cases the service documents as ignored (spec 8) are dropped with a notice.
 *
 * <p>Decisions: a key given twice in one step is an error (also when a named transformation
 * brings it); a width or height above 65535 is dropped first, so {@code w-70000,h-10,ar-4-3}
 * keeps its {@code ar}; {@code lfo} is ignored when either {@code lx} or {@code ly} is given;
 * with both {@code leo} and {@code ldu}, {@code ldu} is dropped (spec 7.7).
 */
final class StepRules {
    static final double MAX_DIMENSION = 65535;

    /** An operation and the token it came from, for messages. */
    record Located(Operation operation, Token token) {
    }

    private final List<String> notices;

    StepRules(List<String> notices) {
        this.notices = notices;
    }

    Step step(List<Located> items) {
        Map<Key, Located> params = params(items);
        aloneIfBlock(items);
        contradiction(params, Key.LX, Key.LXC);
        contradiction(params, Key.LY, Key.LYC);
        dropLargeDimension(params, Key.W);
        dropLargeDimension(params, Key.H);
        dropIf(params, Key.AR, params.containsKey(Key.W) && params.containsKey(Key.H), "w and h are both given");
        dropIf(params, Key.LFO, params.containsKey(Key.LX) || params.containsKey(Key.LY), "lx/ly position the layer");
        dropIf(params, Key.I, params.containsKey(Key.IE), "ie is also given and wins");
        dropIf(params, Key.LDU, params.containsKey(Key.LEO), "leo is also given and wins");
        List<Operation> kept = new ArrayList<>();
        for (Located item : items) {
            if (!(item.operation() instanceof Operation.Param p) || params.get(p.key()) == item) {
                kept.add(item.operation());
            }
        }
        return new Step(kept);
    }

    private Map<Key, Located> params(List<Located> items) {
        Map<Key, Located> params = new EnumMap<>(Key.class);
        for (Located item : items) {
            if (item.operation() instanceof Operation.Param p) {
                Located earlier = params.putIfAbsent(p.key(), item);
                if (earlier != null) {
                    throw fail(item, p.key() + " is already given in this step (" + earlier.token().text()
                            + " at position " + earlier.token().position() + ")");
                }
            }
        }
        return params;
    }

    private void aloneIfBlock(List<Located> items) {
        Optional<Located> block = items.stream().filter(i -> i.operation() instanceof Operation.Conditional).findFirst();
        if (block.isPresent() && items.size() > 1) {
            Located other = items.get(items.get(0) == block.get() ? 1 : 0);
            throw fail(other, "a step with an if-block may hold nothing else; put a ':' between "
                    + "the if-block (position " + block.get().token().position() + ") and other parameters");
        }
    }

    private static void contradiction(Map<Key, Located> params, Key corner, Key centre) {
        if (params.containsKey(corner) && params.containsKey(centre)) {
            Located later = params.get(corner).token().position() > params.get(centre).token().position()
                    ? params.get(corner) : params.get(centre);
            throw fail(later, corner + " and " + centre + " both position the layer on the same axis; keep one");
        }
    }

    private void dropLargeDimension(Map<Key, Located> params, Key key) {
        Located item = params.get(key);
        boolean large = item != null && ((Operation.Param) item.operation()).value() instanceof Value.Num n
                && n.value() > MAX_DIMENSION;
        dropIf(params, key, large, "dimensions above 65535 are ignored by the service");
    }

    private void dropIf(Map<Key, Located> params, Key key, boolean condition, String why) {
        Located item = params.get(key);
        if (condition && item != null) {
            params.remove(key);
            notices.add(item.token().text() + " at position " + item.token().position() + " is ignored: " + why);
        }
    }

    private static InvalidTransformationException fail(Located item, String reason) {
        return InvalidTransformationException.at(item.token().text(), item.token().position(), reason);
    }
}
