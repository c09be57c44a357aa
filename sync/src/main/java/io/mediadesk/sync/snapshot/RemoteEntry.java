package io.mediadesk.sync.snapshot;

import java.time.Instant;

/**
 * One file of the account as a sync sees it. The service exposes no content hash, so content is
 * known by its current version id and size; {@link BaseSnapshot#hashOf} remembers which local
 * hash a version came from.
 *
 * @param id the service's {@code fileId}
 * @param version the current {@code versionInfo.id}
 * @param updated the service's {@code updatedAt}: it moves on metadata edits too, so it is kept for the
 *        record and for people, not to tell content changes
 */
public record RemoteEntry(String id, String path, String version, long size, Instant updated, Attributes attributes) {

    public RemoteEntry {
        java.util.Objects.requireNonNull(id, "id");
        java.util.Objects.requireNonNull(path, "path");
        java.util.Objects.requireNonNull(version, "version");
    }


    public RemoteEntry withPath(String newPath) {
        return new RemoteEntry(id, newPath, version, size, updated, attributes);
    }

    public RemoteEntry withAttributes(Attributes value) {
        return new RemoteEntry(id, path, version, size, updated, value);
    }
}
