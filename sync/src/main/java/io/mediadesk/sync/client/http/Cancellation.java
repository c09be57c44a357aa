package io.mediadesk.sync.client.http;

import okhttp3.Call;

/**
 * A cancel button for a long call (an upload). Cancelling aborts the call in flight, and the
 * upload body also checks it between chunks, so a cancel takes effect within one chunk.
 */
public final class Cancellation {
    private volatile boolean cancelled;
    private volatile Call current;

    public void cancel() {
        cancelled = true;
        Call call = current;
        if (call != null) {
            call.cancel();
        }
    }

    public boolean isCancelled() {
        return cancelled;
    }

    void attach(Call call) {
        current = call;
        if (cancelled) {
            call.cancel();
        }
    }
}
