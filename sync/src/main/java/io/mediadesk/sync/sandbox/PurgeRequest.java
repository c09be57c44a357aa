package io.mediadesk.sync.sandbox;

/** A cache purge request; it reads Pending for a few polls or a while, then Completed. */
final class PurgeRequest {
    String id;
    String url;
    long createdAtMillis;
    int polls;
}
