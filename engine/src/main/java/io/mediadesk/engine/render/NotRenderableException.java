package io.mediadesk.engine.render;

import io.mediadesk.engine.EngineException;

/**
 * A valid transformation this engine does not render locally, named with the reason (an effect
 * not built yet, an AI feature only the hosted service has, an output format with no encoder).
 * The caller must change the transformation or use the hosted service's rendering.
 */
public final class NotRenderableException extends EngineException {
    private static final long serialVersionUID = 1L;

    public NotRenderableException(String message) {
        super(message);
    }
}
