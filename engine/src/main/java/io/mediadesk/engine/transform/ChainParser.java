package io.mediadesk.engine.transform;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Recursive descent over the tokens of one string: chains of steps, steps of items, layers and
 * if-blocks with their own nested chains. Blocks are matched before steps are split, so a
 * {@code :} inside {@code l-image ... l-end} belongs to the layer. Depth is capped before each
 * descent, so no input can exhaust the stack.
 */
final class ChainParser {
    static final int MAX_STEPS = 50;
    static final int MAX_LAYER_DEPTH = 3;
    static final int MAX_IF_DEPTH = 3;

    private final List<Token> tokens;
    private final StepRules rules;
    private final PresetExpander presets;
    private int next;

    ChainParser(List<Token> tokens, StepRules rules, PresetExpander presets) {
        this.tokens = tokens;
        this.rules = rules;
        this.presets = presets;
    }

    List<Step> parse() {
        List<Step> steps = chain(Scope.TOP, 0, 0);
        if (hasNext()) {
            throw unmatched(peek());
        }
        return steps;
    }

    private List<Step> chain(Scope scope, int layers, int ifs) {
        List<Step> steps = new ArrayList<>(step(scope, layers, ifs));
        while (hasNext() && peek().before() == ':' && !peek().isTerminator()) {
            Token start = peek();
            steps.addAll(step(scope, layers, ifs));
            if (steps.size() > MAX_STEPS) {
                throw fail(start, "more than " + MAX_STEPS + " chained steps");
            }
        }
        return steps;
    }

    private List<Step> step(Scope scope, int layers, int ifs) {
        List<StepRules.Located> items = new ArrayList<>();
        items.add(item(scope, layers, ifs));
        while (hasNext() && peek().before() == ',' && !peek().isTerminator()) {
            items.add(item(scope, layers, ifs));
        }
        items.removeIf(Objects::isNull); // an if-block left empty by ignored parameters
        List<Step> steps = presets == null ? List.of(rules.step(items)) : presets.expand(items, rules);
        // A step whose every parameter was ignored (w-70000) disappears rather than leaving "::".
        return steps.stream().filter(s -> !s.operations().isEmpty()).toList();
    }

    private StepRules.Located item(Scope scope, int layers, int ifs) {
        Token token = tokens.get(next++);
        if (token.isTerminator()) {
            throw unmatched(token);
        }
        if (token.text().startsWith("l-")) {
            LayerType type = LayerType.fromToken(token.text()).orElseThrow(() -> fail(token,
                    "unknown layer type; use l-image, l-text, l-video or l-subtitles"));
            return new StepRules.Located(layer(token, type, layers, ifs), token);
        }
        if (token.text().startsWith("if-")) {
            Operation.Conditional block = conditional(token, scope, layers, ifs);
            return block == null ? null : new StepRules.Located(block, token);
        }
        return new StepRules.Located(param(token, scope), token);
    }

    private Operation.Layer layer(Token open, LayerType type, int layers, int ifs) {
        if (layers == MAX_LAYER_DEPTH) {
            throw fail(open, "layers nest at most " + MAX_LAYER_DEPTH + " levels deep");
        }
        requireBody(open, "needs an input (i-...) and its parameters before l-end");
        List<Step> steps = chain(type.scope(), layers + 1, ifs);
        close(open, "l-end");
        Operation.Layer layer = new Operation.Layer(type, steps);
        if (layer.input().isEmpty()) {
            throw fail(open, open.text() + " needs an input, i-<path or text> or ie-<base64>, in its first step");
        }
        return layer;
    }

    private Operation.Conditional conditional(Token open, Scope scope, int layers, int ifs) {
        if (ifs == MAX_IF_DEPTH) {
            throw fail(open, "if-blocks nest at most " + MAX_IF_DEPTH + " levels deep");
        }
        Condition condition = Condition.parse(open.text().substring(3), open.text(), open.position());
        requireBody(open, "needs transformations before if-else/if-end");
        List<Step> whenTrue = chain(scope, layers, ifs + 1);
        List<Step> whenFalse = List.of();
        if (hasNext() && peek().is("if-else")) {
            Token otherwise = tokens.get(next++);
            requireBody(otherwise, "needs transformations before if-end");
            whenFalse = chain(scope, layers, ifs + 1);
        }
        close(open, "if-end");
        if (whenTrue.isEmpty() && !whenFalse.isEmpty()) {
            throw fail(open, "nothing is left in the if-branch once ignored parameters are dropped");
        }
        return whenTrue.isEmpty() ? null : new Operation.Conditional(condition, whenTrue, whenFalse);
    }

    private void requireBody(Token open, String what) {
        if (!hasNext()) {
            throw fail(open, open.text() + " is never closed");
        }
        if (peek().isTerminator()) {
            throw fail(open, open.text() + " " + what);
        }
    }

    private void close(Token open, String closer) {
        if (!hasNext()) {
            throw fail(open, open.text() + " is never closed (add ," + closer + ")");
        }
        if (!peek().is(closer)) {
            throw fail(peek(), peek().text() + " found while " + open.text() + " at position "
                    + open.position() + " is still open (close it with " + closer + " first)");
        }
        next++;
    }

    private Operation.Param param(Token token, Scope scope) {
        KeyNames.Split split = KeyNames.split(token.text(), token.position());
        Key key = split.key();
        if (!key.validIn(scope)) {
            throw fail(token, key.shortKey() + " is not valid " + scope.description());
        }
        if (split.value() == null) {
            if (!key.allowsBare()) {
                throw fail(token, key.shortKey() + " needs a value (" + key.shortKey() + "-<value>)");
            }
            return new Operation.Param(key, new Value.Bare());
        }
        if (split.value().isEmpty()) {
            throw fail(token, "missing value after \"" + token.text() + "\"");
        }
        ValueText in = new ValueText(split.value(), token.text(), token.position(), key, scope);
        return new Operation.Param(key, key.syntax().read(in));
    }

    private boolean hasNext() {
        return next < tokens.size();
    }

    private Token peek() {
        return tokens.get(next);
    }

    private static InvalidTransformationException unmatched(Token closer) {
        String opener = closer.is("l-end") ? "l-image/l-text/l-video/l-subtitles" : "if-<condition>";
        return fail(closer, closer.text() + " without a matching " + opener);
    }

    private static InvalidTransformationException fail(Token token, String reason) {
        return InvalidTransformationException.at(token.text(), token.position(), reason);
    }
}
