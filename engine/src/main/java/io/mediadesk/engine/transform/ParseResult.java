package io.mediadesk.engine.transform;

import java.util.List;

/**
 * A transformation and the notices the parser produced while reading it: the documented cases
 * the service ignores ({@code ar} with both {@code w} and {@code h}, ...), which were dropped from
 * the transformation. Notices are for people and are not part of the transformation's equality.
 */
public record ParseResult(Transformation transformation, List<String> notices) {
    public ParseResult {
        notices = List.copyOf(notices);
    }
}
