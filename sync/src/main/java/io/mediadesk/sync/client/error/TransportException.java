package io.mediadesk.sync.client.error;

import io.mediadesk.sync.SyncException;

/** The network failed (connect, reset, timeout, truncated body) and the retries did not help. */
public class TransportException extends SyncException {
    private static final long serialVersionUID = 1L;

    public TransportException(String operation, Throwable cause) {
        super(operation + " failed: " + describe(cause), cause);
    }

    private static String describe(Throwable cause) {
        String message = cause.getMessage();
        return cause.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
