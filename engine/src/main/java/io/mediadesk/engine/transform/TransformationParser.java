package io.mediadesk.engine.transform;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Parses ImageKit transformation strings into {@link Transformation}s. Accepts the path form
 * {@code tr:w-300,h-200:rt-90}, the query form {@code tr=...} (also {@code ?tr=...}) or the bare
 * string. Anything wrong raises {@link InvalidTransformationException} with the offending token
 * and its position; the cases the service documents as ignored are dropped and reported as
 * notices ({@link #parseWithNotices}).
 *
 * <pre>{@code
 * TransformationParser parser = new TransformationParser(PresetLookup.of(Map.of("thumb", "w-150,h-150")));
 * Transformation t = parser.parse("tr:n-thumb:rotation-N90");
 * t.toString();                                           // "w-150,h-150:rt-N90"
 * t.steps().get(0).param(Key.W, Value.Num.class);         // Optional[150]
 * }</pre>
 *
 * <p>Decisions: the input is not URL-decoded as a whole (the SDKs append {@code tr=} unencoded);
 * inputs longer than {@value #MAX_LENGTH} characters, chains longer than 50 steps and blocks nested
 * deeper than 3 are rejected; an empty input is the empty transformation; {@code orig-true}
 * anywhere at top level makes the whole transformation {@code orig-true} (with a notice), because
 * the service then serves the original bytes and ignores everything else. Without a
 * {@link PresetLookup}, {@code n-NAME} stays in the model as a reference.
 */
public final class TransformationParser {
    public static final int MAX_LENGTH = 8192;

    private final PresetLookup lookup;

    /** A parser that keeps named transformations as {@code n-NAME} references. */
    public TransformationParser() {
        this.lookup = null;
    }

    /** A parser that expands {@code n-NAME} through {@code lookup}; unknown names are errors. */
    public TransformationParser(PresetLookup lookup) {
        this.lookup = Objects.requireNonNull(lookup);
    }

    public Transformation parse(String input) {
        return parseWithNotices(input).transformation();
    }

    public ParseResult parseWithNotices(String input) {
        List<String> notices = new ArrayList<>();
        PresetExpander presets = lookup == null ? null : new PresetExpander(lookup, this, notices);
        List<Step> steps = read(input, presets, notices);
        return new ParseResult(new Transformation(origOnly(steps, notices)), notices);
    }

    /** Parses a named transformation's text within an ongoing expansion. */
    ParseResult parseNested(String text, PresetExpander presets) {
        List<String> notices = new ArrayList<>();
        return new ParseResult(new Transformation(read(text, presets, notices)), notices);
    }

    private static List<Step> read(String input, PresetExpander presets, List<String> notices) {
        Objects.requireNonNull(input, "input");
        if (input.length() > MAX_LENGTH) {
            throw InvalidTransformationException.at(input.substring(MAX_LENGTH, Math.min(input.length(), MAX_LENGTH + 20)),
                    MAX_LENGTH, "a transformation may be at most " + MAX_LENGTH + " characters long");
        }
        int offset = prefixLength(input);
        String body = input.substring(offset);
        if (body.isEmpty()) {
            return List.of();
        }
        List<Token> tokens = Token.split(body, offset);
        return new ChainParser(tokens, new StepRules(notices), presets).parse();
    }

    private static int prefixLength(String input) {
        for (String prefix : List.of("?tr=", "tr:", "tr=")) {
            if (input.startsWith(prefix)) {
                return prefix.length();
            }
        }
        return 0;
    }

    private static List<Step> origOnly(List<Step> steps, List<String> notices) {
        Step alone = Step.of(Operation.Param.of(Key.ORIG, new Value.Flag(true)));
        boolean original = steps.stream().anyMatch(s -> s.param(Key.ORIG).equals(Optional.of(new Value.Flag(true))));
        if (!original || steps.equals(List.of(alone))) {
            return steps;
        }
        notices.add("orig-true serves the original file: every other parameter is ignored");
        return List.of(alone);
    }
}
