package io.mediadesk.sync.client.model;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** A folder as the listing shows it (spec §3.1). */
public record RemoteFolder(String folderId, String type, String name, String folderPath,
        Map<String, Object> customMetadata, String createdAt, String updatedAt) implements RemoteItem {

    @Override
    public String path() {
        return folderPath;
    }

    public Optional<Instant> created() {
        return Dates.parse(createdAt);
    }
}
