package io.mediadesk.sync.run;

import io.mediadesk.sync.SyncException;

/** Another sync of this library holds the lease (or did, and its lease has not expired yet). */
public class LeaseHeldException extends SyncException {
    private static final long serialVersionUID = 1L;

    public LeaseHeldException(String message) {
        super(message);
    }
}
