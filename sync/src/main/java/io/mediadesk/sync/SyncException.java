package io.mediadesk.sync;

/** The root of every error the sync module raises; subtypes say what the caller must do. */
public class SyncException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SyncException(String message) {
        super(message);
    }

    public SyncException(String message, Throwable cause) {
        super(message, cause);
    }
}
