package io.mediadesk.sync.client;

import com.fasterxml.jackson.core.type.TypeReference;
import io.mediadesk.sync.client.http.Idempotency;
import io.mediadesk.sync.client.model.RemoteFile;
import java.util.List;

/** A file's versions (spec §3.5-3.9); at most 100 per file. */
public final class VersionResource {
    private static final TypeReference<RemoteFile> FILE = new TypeReference<>() { };
    private static final TypeReference<List<RemoteFile>> FILES = new TypeReference<>() { };

    private final Endpoints endpoints;

    VersionResource(Endpoints endpoints) {
        this.endpoints = endpoints;
    }

    public List<RemoteFile> list(String fileId) {
        return endpoints.get(endpoints.api("v1", "files", fileId, "versions").build(), FILES);
    }

    public RemoteFile get(String fileId, String versionId) {
        return endpoints.get(endpoints.api("v1", "files", fileId, "versions", versionId).build(), FILE);
    }

    /** Makes {@code versionId} current again; doing it twice leaves the same state, so it is retried. */
    public RemoteFile restore(String fileId, String versionId) {
        return endpoints.send("PUT", endpoints.api("v1", "files", fileId, "versions", versionId, "restore").build(), null,
                Idempotency.IDEMPOTENT, FILE);
    }

    /** Deletes one version; the service refuses (400) for the current one. */
    public void delete(String fileId, String versionId) {
        endpoints.sendForNothing("DELETE", endpoints.api("v1", "files", fileId, "versions", versionId).build(), null,
                Idempotency.IDEMPOTENT);
    }
}
