package io.mediadesk.engine.plan;

/**
 * Something the planner tells about a parameter: why it was ignored, or (in
 * {@link Plan#unplanned()}) why it is not planned and must be refused or handled by the renderer.
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
