package io.mediadesk.sync.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Folders and bulk folder jobs (spec 3.10): {@code POST/DELETE /v1/folder},
 * {@code POST /v1/bulkJobs/copyFolder|moveFolder|renameFolder} and {@code GET /v1/bulkJobs/{id}}.
 * Copy and move put the source folder inside the destination, as the service does
 * ({@code /a/b} copied to {@code /c/} becomes {@code /c/b/}).
 */
final class FolderHandler {
    private final Store store;
    private final Account account;
    private final Purges purges;
    private final FolderTree tree;

    FolderHandler(Store store, Account account, Purges purges) {
        this.store = store;
        this.account = account;
        this.purges = purges;
        this.tree = new FolderTree(store);
    }

    void register(Routes routes) {
        routes.add("POST", "/v1/folder/?", Family.FOLDERS, this::create)
                .add("DELETE", "/v1/folder/?", Family.FOLDERS, this::delete)
                .add("POST", "/v1/bulkJobs/copyFolder", Family.FOLDERS, call -> relocate(call, "COPY_FOLDER"))
                .add("POST", "/v1/bulkJobs/moveFolder", Family.FOLDERS, call -> relocate(call, "MOVE_FOLDER"))
                .add("POST", "/v1/bulkJobs/renameFolder", Family.FOLDERS, this::rename)
                .add("GET", "/v1/bulkJobs/([^/]+)", Family.FOLDERS, this::status);
    }

    private Reply create(Call call) throws IOException {
        JsonNode body = call.json();
        String name = FileMoveHandler.required(body, "folderName");
        if (name.equals(".") || name.equals("..")) {
            throw ApiError.reason(400, "INVALID_FOLDER_PATH", "A folder cannot be named '" + name + "'.");
        }
        String parent = Names.folderPath(body.path("parentFolderPath").asText("/"));
        store.ensureFolder(Names.folderPath(parent + Names.folderName(name)));
        return Reply.json(201, Map.of());
    }

    private Reply delete(Call call) throws IOException {
        String path = Names.folderPath(FileMoveHandler.required(call.json(), "folderPath"));
        if (path.equals("/") || !store.folderExists(path)) {
            throw ApiError.reason(404, "FOLDER_NOT_FOUND", "No folder found with folderPath " + path + ".");
        }
        tree.delete(path);
        return Reply.noContent();
    }

    private Reply relocate(Call call, String type) throws IOException {
        JsonNode body = call.json();
        String source = Names.folderPath(FileMoveHandler.required(body, "sourceFolderPath"));
        String destination = Names.folderPath(FileMoveHandler.required(body, "destinationPath"));
        if (source.equals("/") || store.filesUnder(source, true).findAny().isEmpty()) {
            throw ApiError.reason(404, "NO_FILES_FOLDER", "No files found in the folder " + source + ".");
        }
        if (destination.startsWith(source)) {
            throw ApiError.reason(400, "INVALID_PARAMETER", "A folder cannot be copied or moved into itself.");
        }
        String target = destination + source.substring(source.lastIndexOf('/', source.length() - 2) + 1);
        if (type.equals("COPY_FOLDER")) {
            tree.copy(source, target, body.path("includeVersions").asBoolean(false));
        } else {
            tree.move(source, target);
        }
        return job(type, null);
    }

    private Reply rename(Call call) throws IOException {
        JsonNode body = call.json();
        String path = Names.folderPath(FileMoveHandler.required(body, "folderPath"));
        String newName = Names.renamedFolder(FileMoveHandler.required(body, "newFolderName"));
        if (path.equals("/") || !store.folderExists(path)) {
            throw ApiError.reason(404, "FOLDER_NOT_FOUND", "No folder found with folderPath " + path + ".");
        }
        String parent = path.substring(0, path.lastIndexOf('/', path.length() - 2) + 1);
        String target = parent + newName + "/";
        if (store.folderExists(target)) {
            throw ApiError.reason(409, "FOLDER_ALREADY_EXISTS", "A folder named " + newName + " already exists in " + parent + ".");
        }
        String oldUrl = account.url(path);
        tree.move(path, target);
        String purgeId = null;
        if (body.path("purgeCache").asBoolean(false)) {
            try {
                purgeId = purges.submitInternal(oldUrl + "*");
            } catch (ApiError e) {
                // Over the purge quota: the folder is renamed all the same; the job then has no purgeRequestId.
            }
        }
        return job("RENAME_FOLDER", purgeId);
    }

    private Reply job(String type, String purgeRequestId) {
        FolderJob job = new FolderJob();
        job.id = store.ids().objectId();
        job.type = type;
        job.purgeRequestId = purgeRequestId;
        store.state().jobs.put(job.id, job);
        return Reply.ok(Map.of("jobId", job.id));
    }

    private Reply status(Call call) {
        FolderJob job = store.state().jobs.get(call.capture(0));
        if (job == null) {
            throw ApiError.notFound("No job found with this jobId.");
        }
        job.polls++;
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("jobId", job.id);
        json.put("type", job.type);
        json.put("status", job.polls > account.jobPendingPolls() ? "Completed" : "Pending");
        if (job.purgeRequestId != null) {
            json.put("purgeRequestId", job.purgeRequestId);
        }
        return Reply.ok(json);
    }

}
