package io.mediadesk.engine.plan;

import io.mediadesk.engine.EngineException;

/**
 * The transformation parses but cannot be carried out on this image: an {@code xc}/{@code yc}
 * region outside the image, an output side above the limit, {@code fo-custom} without custom
 * coordinates. Like a parse error, the user must change the transformation (the CLI exits with 3).
 */
public class PlanningException extends EngineException {
    private static final long serialVersionUID = 1L;

    private final String parameter;

    public PlanningException(String parameter, String reason) {
        super(parameter + ": " + reason);
        this.parameter = parameter;
    }

    /** The parameter at fault as written canonically, e.g. {@code xc-900}. */
    public String parameter() {
        return parameter;
    }
}
