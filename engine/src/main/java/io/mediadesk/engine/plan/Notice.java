package io.mediadesk.engine.plan;

/**
 * Something the planner tells about a parameter, typically why it was ignored. What it does not
 * plan at all is an {@link Unplanned}.
 *
 * @param step the executed step, counting from 1 (steps of a taken if-branch count as steps)
 * @param parameter the parameter as written canonically, e.g. {@code ar-4-3} or {@code l-image}
 * @param reason a sentence for people
 */
public record Notice(int step, String parameter, String reason) {

    @Override
    public String toString() {
        return "step " + step + ": " + parameter + ": " + reason;
    }
}
