package io.mediadesk.desktop.cli;

import io.mediadesk.engine.codec.ImageRejectedException;
import io.mediadesk.engine.plan.PlanningException;
import io.mediadesk.engine.render.NotRenderableException;
import io.mediadesk.engine.transform.InvalidTransformationException;
import io.mediadesk.library.InvalidValueException;
import io.mediadesk.library.LibraryInUseException;
import io.mediadesk.library.preset.PresetInUseException;
import io.mediadesk.library.preset.UnknownNameException;
import io.mediadesk.library.query.QuerySyntaxException;
import io.mediadesk.library.store.ConcurrentChangeException;
import io.mediadesk.sync.SyncException;
import io.mediadesk.sync.purge.PurgeQueueInUseException;
import io.mediadesk.sync.run.LeaseHeldException;

/** The exit codes of the CLI contract, and which failure earns which. */
public enum ExitCode {
    OK(0),
    INTERNAL(1),
    USAGE(2),
    INVALID_TRANSFORMATION(3),
    INPUT_REJECTED(4),
    REMOTE(5),
    REFUSED(6);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** The code for an exception that escaped a command; anything unforeseen is a bug (1). */
    public static ExitCode of(Throwable failure) {
        if (failure instanceof CommandFailure f) {
            return f.exitCode();
        }
        if (failure instanceof LibraryInUseException || failure instanceof LeaseHeldException
                || failure instanceof PurgeQueueInUseException) {
            return REFUSED;
        }
        // Presets: a change others' presets forbid, or an edit that lost a race, needs a decision, not a retry loop.
        if (failure instanceof PresetInUseException || failure instanceof ConcurrentChangeException) {
            return REFUSED;
        }
        // A preset or saved search name that names nothing is a wrong argument, like an unknown asset id.
        if (failure instanceof UnknownNameException) {
            return USAGE;
        }
        // A malformed search query or an invalid tag is a mistake in the arguments, like a bad flag.
        if (failure instanceof QuerySyntaxException || failure instanceof InvalidValueException) {
            return USAGE;
        }
        if (failure instanceof InvalidTransformationException || failure instanceof PlanningException
                || failure instanceof NotRenderableException) {
            return INVALID_TRANSFORMATION;
        }
        if (failure instanceof ImageRejectedException) {
            return INPUT_REJECTED;
        }
        if (failure instanceof SyncException) {
            // Authentication, a 4xx, or a 5xx/transport failure that outlived the client's retries.
            return REMOTE;
        }
        return INTERNAL;
    }
}
