package io.mediadesk.engine.plan;

/**
 * A parameter the plan does not carry out, with whether it ever will be locally
 * ({@link Support#HOSTED_ONLY}) or not yet ({@link Support#NOT_YET}); the renderer refuses a
 * plan that has any.
 *
 * @param step the executed step, counting from 1
 * @param parameter the parameter as written canonically, e.g. {@code e-bgremove} or {@code l-text}
 * @param support never {@link Support#RENDERED}
 * @param reason a sentence for people
 */
public record Unplanned(int step, String parameter, Support support, String reason) {

    public Unplanned {
        if (support == Support.RENDERED) {
            throw new IllegalArgumentException(parameter + " is rendered, so it is not unplanned");
        }
    }

    @Override
    public String toString() {
        return "step " + step + ": " + parameter + ": " + support.phrase() + " (" + reason + ")";
    }
}
