package io.mediadesk.sync.client.error;

import io.mediadesk.sync.SyncException;

/** The caller cancelled the call (an upload, usually); it is not retried. */
public class CancelledException extends SyncException {
    private static final long serialVersionUID = 1L;

    public CancelledException(String operation) {
        super(operation + " was cancelled");
    }
}
