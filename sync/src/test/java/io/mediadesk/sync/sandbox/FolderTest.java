package io.mediadesk.sync.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FolderTest extends SandboxTestBase {

    private JsonNode job(String jobId) {
        return calls.get("/v1/bulkJobs/" + jobId).json();
    }

    @Test
    void createAnswers201AndTheFolderIsListed() {
        Calls.Answer created = calls.call("POST", "/v1/folder", Map.of("folderName", "summer sale", "parentFolderPath", "/campaigns"));

        assertThat(created.status()).isEqualTo(201);
        JsonNode folders = calls.get("/v1/files?type=folder").json();
        assertThat(folders).extracting(f -> f.get("folderPath").asText()).containsExactly("/campaigns", "/campaigns/summer_sale");
        assertThat(folders.get(1).get("type").asText()).isEqualTo("folder");
        assertThat(folders.get(1).get("name").asText()).isEqualTo("summer_sale");
    }

    @Test
    void dotFolderNamesAreRefused() {
        Calls.Answer answer = calls.call("POST", "/v1/folder", Map.of("folderName", "..", "parentFolderPath", "/"));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("reason").asText()).isEqualTo("INVALID_FOLDER_PATH");
    }

    @Test
    void deleteRemovesTheFolderWithEverythingInIt() {
        uploadText("/a/b", "x.txt", "x");
        uploadText("/keep", "y.txt", "y");

        assertThat(calls.call("DELETE", "/v1/folder", Map.of("folderPath", "/a")).status()).isEqualTo(204);

        assertThat(sandbox.files()).extracting(FileSnapshot::filePath).containsExactly("/keep/y.txt");
        Calls.Answer again = calls.call("DELETE", "/v1/folder", Map.of("folderPath", "/a"));
        assertThat(again.status()).isEqualTo(404);
        assertThat(again.json().get("reason").asText()).isEqualTo("FOLDER_NOT_FOUND");
    }

    @Test
    void copyFolderIsAJobThatPutsTheFolderInsideTheDestination() {
        uploadText("/src/sub", "x.txt", "x");

        Calls.Answer started = calls.call("POST", "/v1/bulkJobs/copyFolder", Map.of("sourceFolderPath", "/src", "destinationPath", "/dest"));

        assertThat(started.status()).isEqualTo(200);
        String jobId = started.json().get("jobId").asText();
        assertThat(job(jobId).get("status").asText()).isEqualTo("Pending");
        assertThat(job(jobId).get("status").asText()).isEqualTo("Completed");
        assertThat(job(jobId).get("type").asText()).isEqualTo("COPY_FOLDER");
        assertThat(sandbox.files()).extracting(FileSnapshot::filePath).containsExactly("/dest/src/sub/x.txt", "/src/sub/x.txt");
    }

    @Test
    void moveFolderMovesFilesKeepingTheirIds() {
        String id = uploadText("/src", "x.txt", "x");

        String jobId = calls.call("POST", "/v1/bulkJobs/moveFolder", Map.of("sourceFolderPath", "/src/", "destinationPath", "/dest/"))
                .json().get("jobId").asText();

        assertThat(job(jobId).get("type").asText()).isEqualTo("MOVE_FOLDER");
        assertThat(sandbox.files()).extracting(FileSnapshot::filePath).containsExactly("/dest/src/x.txt");
        assertThat(sandbox.files().get(0).fileId()).isEqualTo(id);
        assertThat(calls.get("/v1/files?type=folder").json()).extracting(f -> f.get("folderPath").asText())
                .containsExactly("/dest", "/dest/src");
    }

    @Test
    void renameFolderIsAJobAndCanPurgeTheOldUrls() {
        uploadText("/old", "x.txt", "x");

        JsonNode started = calls.call("POST", "/v1/bulkJobs/renameFolder",
                Map.of("folderPath", "/old", "newFolderName", "new name", "purgeCache", true)).json();

        JsonNode status = job(started.get("jobId").asText());
        assertThat(status.get("type").asText()).isEqualTo("RENAME_FOLDER");
        assertThat(status.get("purgeRequestId").asText()).isNotBlank();
        assertThat(sandbox.files()).extracting(FileSnapshot::filePath).containsExactly("/new_name/x.txt");
    }

    @Test
    void copyingAnEmptyOrMissingFolderIs404NoFilesFolder() {
        Calls.Answer answer = calls.call("POST", "/v1/bulkJobs/copyFolder", Map.of("sourceFolderPath", "/none", "destinationPath", "/d"));

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.json().get("reason").asText()).isEqualTo("NO_FILES_FOLDER");
    }

    @Test
    void anUnknownJobIs404() {
        assertThat(calls.get("/v1/bulkJobs/nope").status()).isEqualTo(404);
    }
}
