package io.mediadesk.sync.run;

import io.mediadesk.sync.SyncException;

/**
 * A side no longer looks as it did when the plan was made (someone edited a file between the scan
 * and the step, or a download is not what the listing said): the step is not applied, and the next
 * plan sees the new state.
 */
public class ChangedMeanwhileException extends SyncException {
    private static final long serialVersionUID = 1L;

    public ChangedMeanwhileException(String message) {
        super(message);
    }
}
