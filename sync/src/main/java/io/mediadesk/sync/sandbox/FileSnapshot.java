package io.mediadesk.sync.sandbox;

import java.util.List;
import java.util.Map;

/** A file as the sandbox holds it right now, for tests that check server-side state directly. */
public record FileSnapshot(String fileId, String filePath, int versions, long size, List<String> tags,
        boolean isPrivateFile, Map<String, Object> customMetadata) {

    static FileSnapshot of(StoredFile file) {
        Version v = file.current();
        return new FileSnapshot(file.id, file.path(), file.versions.size(), v.size,
                v.tags == null ? List.of() : List.copyOf(v.tags), v.isPrivate, Map.copyOf(v.customMetadata));
    }
}
