package io.mediadesk.engine;

/** The root of every error the engine raises; subtypes say what the caller must fix. */
public class EngineException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public EngineException(String message) {
        super(message);
    }

    public EngineException(String message, Throwable cause) {
        super(message, cause);
    }
}
