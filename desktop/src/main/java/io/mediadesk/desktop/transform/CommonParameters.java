package io.mediadesk.desktop.transform;

import io.mediadesk.engine.transform.InvalidTransformationException;
import io.mediadesk.engine.transform.Key;
import io.mediadesk.engine.transform.Operation;
import io.mediadesk.engine.transform.Step;
import io.mediadesk.engine.transform.Transformation;
import io.mediadesk.engine.transform.TransformationParser;
import io.mediadesk.engine.transform.Value;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The parameters the studio offers as controls, read from and written into a transformation.
 * A control stands for the key's first top-level occurrence ({@code w-400:rt-90}: the rotation
 * control edits step 2), else for step 1, where a new value goes. Values are always read and
 * written through the engine's parser, so a control can never produce what the CDN would refuse.
 */
public final class CommonParameters {
    public static final List<Key> KEYS = List.of(Key.W, Key.H, Key.C, Key.CM, Key.FO, Key.Q, Key.F, Key.RT, Key.FL,
            Key.BL, Key.BG, Key.B, Key.R);

    private static final TransformationParser PARSER = new TransformationParser();

    private CommonParameters() {
    }

    /** The canonical value text of every controlled key, {@code ""} where absent. */
    public static Map<Key, String> read(Transformation transformation) {
        Map<Key, String> values = new EnumMap<>(Key.class);
        for (Key key : KEYS) {
            int step = stepOf(transformation, key);
            values.put(key, step < 0 ? "" : transformation.steps().get(step).param(key).map(Value::toString).orElse(""));
        }
        return values;
    }

    /**
     * {@code transformation} with {@code key} set to {@code text} ({@code ""} removes it).
     *
     * @throws InvalidTransformationException when the value is not one the key takes
     */
    public static Transformation with(Transformation transformation, Key key, String text) {
        String value = text == null ? "" : text.trim();
        List<Step> steps = new ArrayList<>(transformation.steps());
        int index = stepOf(transformation, key);
        if (index < 0 && value.isEmpty()) {
            return transformation;
        }
        if (index < 0) {
            index = 0;
            if (steps.isEmpty() || steps.get(0).conditional().isPresent()) {
                steps.add(0, null); // an if-block is alone in its step: the value gets a step of its own
            }
        }
        List<Operation> ops = new ArrayList<>(steps.get(index) == null ? List.of() : steps.get(index).operations());
        ops.removeIf(op -> op instanceof Operation.Param p && p.key() == key);
        if (!value.isEmpty()) {
            ops.add(param(key, value));
        }
        if (ops.isEmpty()) {
            steps.remove(index);
        } else {
            steps.set(index, new Step(ops));
        }
        Transformation result = new Transformation(steps);
        PARSER.parse(result.toString()); // contradictions between keys are the parser's to find
        return result;
    }

    private static Operation.Param param(Key key, String value) {
        String written = key.shortKey() + "-" + value;
        List<Step> steps = PARSER.parse(written).steps();
        if (steps.size() != 1 || steps.get(0).params().size() != 1 || steps.get(0).operations().size() != 1) {
            throw new InvalidTransformationException(value, 0, "\"" + value + "\" is not one value of " + key.shortKey());
        }
        return steps.get(0).params().get(0);
    }

    private static int stepOf(Transformation transformation, Key key) {
        for (int i = 0; i < transformation.steps().size(); i++) {
            if (transformation.steps().get(i).has(key)) {
                return i;
            }
        }
        return -1;
    }
}
