package io.mediadesk.sync.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A file of the media library: where it is, and its versions (at most 100, as the service allows). */
final class StoredFile {
    static final int MAX_VERSIONS = 100;

    String id;
    /** The folder, {@code /} or {@code /a/b/} (always with the trailing slash). */
    String folder;
    String name;
    List<Version> versions = new ArrayList<>();
    String currentId;

    String path() {
        return folder + name;
    }

    Version current() {
        return version(currentId).orElseThrow();
    }

    Optional<Version> version(String versionId) {
        return versions.stream().filter(v -> v.id.equals(versionId)).findFirst();
    }

    int nextNumber() {
        return versions.stream().mapToInt(v -> v.number).max().orElse(0) + 1;
    }
}
