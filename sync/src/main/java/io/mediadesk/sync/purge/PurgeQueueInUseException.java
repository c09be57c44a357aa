package io.mediadesk.sync.purge;

import java.nio.file.Path;

/**
 * Another process holds the purge queue: two runners on one queue would send the same URLs twice.
 * A local refusal, not a failure of the service.
 */
public final class PurgeQueueInUseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PurgeQueueInUseException(Path folder) {
        super("the purge queue in " + folder + " is in use by another mediadesk process; wait for it to finish");
    }
}
