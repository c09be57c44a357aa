package io.mediadesk.sync.client.http;

/** Whether a call may be sent twice without harm: the retry loop's first question. */
public enum Idempotency {
    /** Reads, and writes that set state (PATCH details, DELETE, add/remove tags): retried blindly. */
    IDEMPOTENT,
    /**
     * Creates and moves (upload, copy, rename, folder jobs, purge): retried only when the service
     * surely did not act (a 429, or a failure before the body was fully sent), or after a
     * {@link Reconciler} found the first attempt did not take effect.
     */
    NOT_IDEMPOTENT
}
