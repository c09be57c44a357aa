package io.mediadesk.sync.client.model;

/**
 * A bulk folder job (copy, move, rename) and its state (spec §3.10).
 *
 * @param type {@code COPY_FOLDER}, {@code MOVE_FOLDER} or {@code RENAME_FOLDER}; null right after submission
 * @param status {@code Pending} or {@code Completed}; null right after submission
 */
public record FolderJob(String jobId, String type, String status, String purgeRequestId) {

    public boolean completed() {
        return "Completed".equalsIgnoreCase(status);
    }
}
