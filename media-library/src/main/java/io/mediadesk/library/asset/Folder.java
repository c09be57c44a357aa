package io.mediadesk.library.asset;

import java.time.Instant;

/** A folder of the library's tree. Folders are created on demand by the assets put in them. */
public record Folder(FolderPath path, Instant createdAt) {

    public String name() {
        return path.name();
    }

    public FolderPath parent() {
        return path.parent();
    }
}
