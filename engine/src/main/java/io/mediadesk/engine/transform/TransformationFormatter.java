package io.mediadesk.engine.transform;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes the canonical transformation string, the render cache key. Canonical means:
 * <ul>
 *   <li>short keys only ({@code width-400} becomes {@code w-400}), no {@code tr:} prefix;</li>
 *   <li>numbers in shortest decimal form with {@code N} for negatives ({@code w-400.0} becomes
 *       {@code w-400}, {@code .5} becomes {@code 0.5}, -40 becomes {@code N40});</li>
 *   <li>hex colours uppercase, colour names lowercase; paths with {@code @@} and no leading
 *       {@code @@}; text URL-encoded (unreserved characters and {@code @} kept);</li>
 *   <li><b>order</b>: within a step, plain parameters first, in the order of the {@link Key} table
 *       (named preset, orig, layer input, geometry w h ar c cm fo z x y xc yc dpr, output q f pr lo
 *       md cp di pg, effects, text, layer placement, video); then layers and if-blocks in the order
 *       written. Steps keep their order; sub-parameters ({@code e-shadow-...}) follow their grammar's
 *       order; ratios are written {@code W-H}; {@code sr} resolutions ascending; {@code tg} as b, i,
 *       strikethrough;</li>
 *   <li>layers close with {@code ,l-end}; if-blocks as {@code if-<cond>,<chain>[,if-else,<chain>],if-end}.</li>
 * </ul>
 * Laws (tested): {@code parse(format(t)).equals(t)} and format is idempotent through parse.
 */
public final class TransformationFormatter {
    private TransformationFormatter() {
    }

    public static String format(Transformation transformation) {
        return chain(transformation.steps());
    }

    /** A layer as written: {@code l-image,i-logo.png,lx-10,l-end}. */
    public static String layer(Operation.Layer layer) {
        return operation(layer);
    }

    static String chain(List<Step> steps) {
        return steps.stream().map(TransformationFormatter::step).collect(Collectors.joining(":"));
    }

    static String step(Step step) {
        return step.operations().stream().map(TransformationFormatter::operation).collect(Collectors.joining(","));
    }

    static String operation(Operation operation) {
        if (operation instanceof Operation.Param p) {
            return p.value() instanceof Value.Bare ? p.key().shortKey() : p.key().shortKey() + "-" + p.value();
        }
        if (operation instanceof Operation.Layer l) {
            return l.type().token() + "," + chain(l.steps()) + ",l-end";
        }
        Operation.Conditional c = (Operation.Conditional) operation;
        String otherwise = c.whenFalse().isEmpty() ? "" : ",if-else," + chain(c.whenFalse());
        return "if-" + c.condition() + "," + chain(c.whenTrue()) + otherwise + ",if-end";
    }
}
