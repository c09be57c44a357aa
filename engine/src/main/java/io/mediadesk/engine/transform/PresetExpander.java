package io.mediadesk.engine.transform;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Replaces {@code n-NAME} by the named transformation's steps, recursively, for one parse.
 *
 * <p>Decisions (spec 5 leaves mixing open): a step holding only {@code n-NAME} becomes the preset's
 * steps; a step mixing {@code n-NAME} with other items takes the preset's parameters into the step,
 * which works only when the preset is a single step (and a key given by both is an error). Errors
 * inside a preset are reported at the {@code n-} token. Each name is parsed once per parse, which
 * keeps repeated references cheap; a name met again while it is being expanded is a cycle.
 */
final class PresetExpander {
    static final int MAX_DEPTH = 8;

    private final PresetLookup lookup;
    private final TransformationParser parser;
    private final Deque<String> expanding = new ArrayDeque<>();
    private final Map<String, ParseResult> parsed = new HashMap<>();
    private final List<String> notices;

    PresetExpander(PresetLookup lookup, TransformationParser parser, List<String> notices) {
        this.lookup = lookup;
        this.parser = parser;
        this.notices = notices;
    }

    List<Step> expand(List<StepRules.Located> items, StepRules rules) {
        StepRules.Located named = items.stream()
                .filter(i -> i.operation() instanceof Operation.Param p && p.key() == Key.N)
                .findFirst().orElse(null);
        if (named == null) {
            return List.of(rules.step(items));
        }
        String name = ((Operation.Param) named.operation()).value().toString();
        List<Step> steps = resolve(name, named.token()).transformation().steps();
        if (items.size() == 1) {
            return steps;
        }
        if (steps.size() > 1) {
            throw InvalidTransformationException.at(named.token().text(), named.token().position(),
                    "named transformation \"" + name + "\" has " + steps.size()
                            + " steps, so it must stand alone in its step (separate it with ':')");
        }
        List<StepRules.Located> merged = new ArrayList<>();
        for (StepRules.Located item : items) {
            if (item != named) {
                merged.add(item);
            } else if (!steps.isEmpty()) {
                steps.get(0).operations().forEach(op -> merged.add(new StepRules.Located(op, named.token())));
            }
        }
        return List.of(rules.step(merged));
    }

    private ParseResult resolve(String name, Token token) {
        if (expanding.contains(name)) {
            List<String> cycle = new ArrayList<>(expanding);
            java.util.Collections.reverse(cycle);
            cycle.add(name);
            throw InvalidTransformationException.at(token.text(), token.position(),
                    "named transformations form a cycle: " + String.join(" -> ", cycle));
        }
        if (expanding.size() == MAX_DEPTH) {
            throw InvalidTransformationException.at(token.text(), token.position(),
                    "named transformations nest more than " + MAX_DEPTH + " deep");
        }
        ParseResult known = parsed.get(name);
        return known != null ? known : parseOnce(name, token);
    }

    private ParseResult parseOnce(String name, Token token) {
        String text = lookup.find(name).orElseThrow(() -> InvalidTransformationException.at(token.text(),
                token.position(), "unknown named transformation \"" + name + "\" (the service answers 400)"));
        expanding.push(name);
        try {
            ParseResult result = parser.parseNested(text, this);
            result.notices().forEach(n -> notices.add("in named transformation \"" + name + "\": " + n));
            parsed.put(name, result);
            return result;
        } catch (InvalidTransformationException e) {
            throw new InvalidTransformationException(token.text(), token.position(),
                    "in named transformation \"" + name + "\" (" + token.text() + " at position "
                            + token.position() + "): " + e.getMessage());
        } finally {
            expanding.pop();
        }
    }
}
