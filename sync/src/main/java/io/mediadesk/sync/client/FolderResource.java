package io.mediadesk.sync.client;

import com.fasterxml.jackson.core.type.TypeReference;
import io.mediadesk.sync.client.http.Idempotency;
import io.mediadesk.sync.client.model.FolderJob;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Folders (spec §3.10). Create and delete are immediate; copy, move and rename are bulk jobs whose
 * state {@link #job} reports. Jobs are not retried once sent: a second copy would copy twice.
 */
public final class FolderResource {
    private static final TypeReference<FolderJob> JOB = new TypeReference<>() { };

    private final Endpoints endpoints;

    FolderResource(Endpoints endpoints) {
        this.endpoints = endpoints;
    }

    /** Creates {@code parentFolderPath/folderName}, and any missing parents. */
    public void create(String folderName, String parentFolderPath) {
        endpoints.sendForNothing("POST", endpoints.api("v1", "folder").build(),
                Map.of("folderName", folderName, "parentFolderPath", parentFolderPath), Idempotency.NOT_IDEMPOTENT);
    }

    /** Deletes the folder and everything in it, permanently (a DELETE with a JSON body). */
    public void delete(String folderPath) {
        endpoints.sendForNothing("DELETE", endpoints.api("v1", "folder").build(), Map.of("folderPath", folderPath),
                Idempotency.IDEMPOTENT);
    }

    public FolderJob copy(String sourceFolderPath, String destinationPath, boolean includeVersions) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("sourceFolderPath", sourceFolderPath);
        body.put("destinationPath", destinationPath);
        body.put("includeVersions", includeVersions);
        return submit("copyFolder", body);
    }

    public FolderJob move(String sourceFolderPath, String destinationPath) {
        return submit("moveFolder", Map.of("sourceFolderPath", sourceFolderPath, "destinationPath", destinationPath));
    }

    public FolderJob rename(String folderPath, String newFolderName, boolean purgeCache) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("folderPath", folderPath);
        body.put("newFolderName", newFolderName);
        body.put("purgeCache", purgeCache);
        return submit("renameFolder", body);
    }

    public FolderJob job(String jobId) {
        return endpoints.get(endpoints.api("v1", "bulkJobs", jobId).build(), JOB);
    }

    private FolderJob submit(String kind, Map<String, Object> body) {
        return endpoints.send("POST", endpoints.api("v1", "bulkJobs", kind).build(), body, Idempotency.NOT_IDEMPOTENT, JOB);
    }
}
