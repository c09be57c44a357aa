package io.mediadesk.sync.sandbox.multipart;

/**
 * Caps on a multipart body.
 *
 * @param maxParts parts in one body
 * @param maxHeaderBytes the header block of one part
 * @param maxTextBytes a part read as text ({@link MultipartReader.Part#text()})
 */
public record MultipartLimits(int maxParts, int maxHeaderBytes, int maxTextBytes) {
    /** Generous for the upload API's two dozen fields; JSON fields such as customMetadata fit in 1 MiB. */
    public static final MultipartLimits DEFAULT = new MultipartLimits(64, 16 * 1024, 1024 * 1024);

    public MultipartLimits {
        if (maxParts < 1 || maxHeaderBytes < 64 || maxTextBytes < 1) {
            throw new IllegalArgumentException("multipart limits must be positive");
        }
    }
}
