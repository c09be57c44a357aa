package io.mediadesk.sync.sandbox;

/**
 * A bulk folder job (copy, move, rename). The change itself is applied when the job is created, so
 * its errors can be answered at once as the spec lists them; the job only models the status polling.
 */
final class FolderJob {
    String id;
    String type;
    String purgeRequestId;
    int polls;
}
