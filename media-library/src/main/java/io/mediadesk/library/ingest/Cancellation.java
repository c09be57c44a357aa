package io.mediadesk.library.ingest;

/**
 * Asks a running import to stop. Checked between files, so the file in hand finishes (or not) as
 * a whole and the library never holds half an asset.
 */
public final class Cancellation {
    private volatile boolean cancelled;

    public void cancel() {
        cancelled = true;
    }

    public boolean cancelled() {
        return cancelled;
    }
}
