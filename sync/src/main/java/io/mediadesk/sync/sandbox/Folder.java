package io.mediadesk.sync.sandbox;

/** A folder of the media library; {@code path} is {@code /a/b/} with the trailing slash (root is implicit). */
final class Folder {
    String id;
    String path;
    String createdAt;
    String updatedAt;

    String name() {
        String trimmed = path.substring(0, path.length() - 1);
        return trimmed.substring(trimmed.lastIndexOf('/') + 1);
    }

    /** The parent folder, {@code /} for a top-level one. */
    String parent() {
        String trimmed = path.substring(0, path.length() - 1);
        return trimmed.substring(0, trimmed.lastIndexOf('/') + 1);
    }
}
