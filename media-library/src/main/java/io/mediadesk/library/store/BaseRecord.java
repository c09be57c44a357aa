package io.mediadesk.library.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One row of the sync base, as the sync module wrote it.
 *
 * @param metadataJson the custom metadata both sides agreed on, as a JSON object of canonical values
 * @param remoteUpdated the service's {@code updatedAt} when they agreed; empty until known
 */
public record BaseRecord(String localId, String remoteId, String path, String contentHash, String versionId, long size,
        Optional<Instant> remoteUpdated, List<String> tags, String metadataJson, Optional<String> coordinates) {

    public BaseRecord {
        tags = List.copyOf(tags);
    }
}
