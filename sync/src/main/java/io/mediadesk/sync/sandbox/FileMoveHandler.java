package io.mediadesk.sync.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Map;

/**
 * {@code POST /v1/files/copy}, {@code POST /v1/files/move} (204) and {@code PUT /v1/files/rename}
 * (200 {@code {}} or {@code {purgeRequestId}}), with the spec's reasons: MISSING_PARAMETER,
 * SOURCE_FILE_MISSING, SAME_SOURCE_AND_DESTINATION, FILE_MISSING, SAME_OLD_AND_NEW_NAME,
 * FILE_ALREADY_EXISTS (409) and PURGE_FAILED (207: renamed, but the purge was refused).
 */
final class FileMoveHandler {
    private final Store store;
    private final Account account;
    private final Purges purges;
    private final Relocation relocation;

    FileMoveHandler(Store store, Account account, Purges purges) {
        this.store = store;
        this.account = account;
        this.purges = purges;
        this.relocation = new Relocation(store);
    }

    void register(Routes routes) {
        routes.add("POST", "/v1/files/copy", Family.FILES, call -> relocate(call, true))
                .add("POST", "/v1/files/move", Family.FILES, call -> relocate(call, false))
                .add("PUT", "/v1/files/rename", Family.FILES, this::rename);
    }

    private Reply relocate(Call call, boolean copy) throws IOException {
        JsonNode body = call.json();
        String sourcePath = required(body, "sourceFilePath");
        String folder = Names.folderPath(required(body, "destinationPath"));
        StoredFile source = store.fileAt(normalized(sourcePath)).orElseThrow(() -> ApiError.reason(404, "SOURCE_FILE_MISSING",
                "No file found with filePath " + sourcePath + "."));
        if (source.folder.equals(folder)) {
            throw ApiError.reason(400, "SAME_SOURCE_AND_DESTINATION", "The source file and the destination folder are the same.");
        }
        if (copy) {
            relocation.copy(source, folder, body.path("includeFileVersions").asBoolean(false));
        } else {
            relocation.move(source, folder);
        }
        return Reply.noContent();
    }

    private Reply rename(Call call) throws IOException {
        JsonNode body = call.json();
        String path = required(body, "filePath");
        String newName = Names.fileName(required(body, "newFileName"));
        StoredFile file = store.fileAt(normalized(path)).orElseThrow(() -> ApiError.reason(404, "FILE_MISSING",
                "No file found with filePath " + path + "."));
        if (newName.equals(file.name)) {
            throw ApiError.reason(400, "SAME_OLD_AND_NEW_NAME", "The new name is the same as the old one.");
        }
        if (store.fileAt(file.folder + newName).isPresent()) {
            throw ApiError.reason(409, "FILE_ALREADY_EXISTS", "A file named " + newName + " already exists in " + file.folder + ".");
        }
        String oldUrl = account.url(file.path());
        file.name = newName;
        file.current().updatedAt = store.now();
        if (!body.path("purgeCache").asBoolean(false)) {
            return Reply.ok(Map.of());
        }
        try {
            return Reply.ok(Map.of("purgeRequestId", purges.submitInternal(oldUrl + "*")));
        } catch (ApiError e) {
            return ApiError.reason(207, "PURGE_FAILED", "The file was renamed, but the cache purge failed: " + e.getMessage()).reply();
        }
    }

    static String required(JsonNode body, String field) {
        String value = body.path(field).isTextual() ? body.get(field).asText() : "";
        if (value.isBlank()) {
            throw ApiError.reason(400, "MISSING_PARAMETER", field + " is required.");
        }
        return value;
    }

    private static String normalized(String filePath) {
        return filePath.startsWith("/") ? filePath : "/" + filePath;
    }
}
