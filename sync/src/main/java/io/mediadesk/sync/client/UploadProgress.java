package io.mediadesk.sync.client;

/**
 * Hears how far an upload's file part has gone. Called on the uploading thread after each chunk;
 * a retry starts again from 0, so a progress bar may step back.
 */
@FunctionalInterface
public interface UploadProgress {
    UploadProgress NONE = (sent, total) -> { };

    /** {@code total} is the file's size in bytes. */
    void sent(long bytesSent, long total);
}
