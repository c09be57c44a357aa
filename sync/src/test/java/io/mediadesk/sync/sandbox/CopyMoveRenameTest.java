package io.mediadesk.sync.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CopyMoveRenameTest extends SandboxTestBase {

    @Test
    void copyAnswers204AndMakesANewFile() {
        String id = uploadText("/a", "x.txt", "x");

        Calls.Answer answer = calls.call("POST", "/v1/files/copy", Map.of("sourceFilePath", "/a/x.txt", "destinationPath", "/b/"));

        assertThat(answer.status()).isEqualTo(204);
        assertThat(sandbox.files()).extracting(FileSnapshot::filePath).containsExactly("/a/x.txt", "/b/x.txt");
        assertThat(sandbox.file("/b/x.txt").orElseThrow().fileId()).isNotEqualTo(id);
    }

    @Test
    void copyOntoASameNamedFileAppendsToItsVersions() {
        uploadText("/a", "x.txt", "one");
        uploadText("/a", "x.txt", "two");
        uploadText("/b", "x.txt", "old");

        calls.call("POST", "/v1/files/copy", Map.of("sourceFilePath", "/a/x.txt", "destinationPath", "/b", "includeFileVersions", true));

        FileSnapshot target = sandbox.file("/b/x.txt").orElseThrow();
        assertThat(target.versions()).isEqualTo(3);
        assertThat(target.size()).isEqualTo(3); // "two" is current again
    }

    @Test
    void moveKeepsTheFileIdAndLeavesNothingBehind() {
        String id = uploadText("/a", "x.txt", "x");

        assertThat(calls.call("POST", "/v1/files/move", Map.of("sourceFilePath", "/a/x.txt", "destinationPath", "/b")).status()).isEqualTo(204);

        assertThat(sandbox.files()).extracting(FileSnapshot::filePath).containsExactly("/b/x.txt");
        assertThat(sandbox.files().get(0).fileId()).isEqualTo(id);
    }

    @Test
    void copyOrMoveOfAMissingSourceIs404SourceFileMissing() {
        Calls.Answer answer = calls.call("POST", "/v1/files/move", Map.of("sourceFilePath", "/nope.txt", "destinationPath", "/b"));

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.json().get("reason").asText()).isEqualTo("SOURCE_FILE_MISSING");
    }

    @Test
    void copyIntoTheSameFolderIsRefused() {
        uploadText("/a", "x.txt", "x");

        Calls.Answer answer = calls.call("POST", "/v1/files/copy", Map.of("sourceFilePath", "/a/x.txt", "destinationPath", "/a/"));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("reason").asText()).isEqualTo("SAME_SOURCE_AND_DESTINATION");
    }

    @Test
    void renameAnswersAnEmptyObjectAndSanitisesTheName() {
        uploadText("/a", "x.txt", "x");

        Calls.Answer answer = calls.call("PUT", "/v1/files/rename", Map.of("filePath", "/a/x.txt", "newFileName", "new name.txt"));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().size()).isZero();
        assertThat(sandbox.files()).extracting(FileSnapshot::filePath).containsExactly("/a/new_name.txt");
    }

    @Test
    void renameOntoAnExistingNameIs409() {
        uploadText("/a", "x.txt", "x");
        uploadText("/a", "y.txt", "y");

        Calls.Answer answer = calls.call("PUT", "/v1/files/rename", Map.of("filePath", "/a/x.txt", "newFileName", "y.txt"));

        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.json().get("reason").asText()).isEqualTo("FILE_ALREADY_EXISTS");
    }

    @Test
    void renameErrorsCarryTheSpecsReasons() {
        uploadText("/a", "x.txt", "x");

        assertThat(calls.call("PUT", "/v1/files/rename", Map.of("filePath", "/a/x.txt")).json().get("reason").asText())
                .isEqualTo("MISSING_PARAMETER");
        assertThat(calls.call("PUT", "/v1/files/rename", Map.of("filePath", "/a/x.txt", "newFileName", "x.txt")).json().get("reason").asText())
                .isEqualTo("SAME_OLD_AND_NEW_NAME");
        Calls.Answer missing = calls.call("PUT", "/v1/files/rename", Map.of("filePath", "/a/zz.txt", "newFileName", "q.txt"));
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get("reason").asText()).isEqualTo("FILE_MISSING");
    }

    @Test
    void renameWithPurgeCacheAnswersAPurgeRequestId() {
        uploadText("/a", "x.txt", "x");

        Calls.Answer answer = calls.call("PUT", "/v1/files/rename", Map.of("filePath", "/a/x.txt", "newFileName", "z.txt", "purgeCache", true));

        assertThat(answer.status()).isEqualTo(200);
        String requestId = answer.json().get("purgeRequestId").asText();
        assertThat(calls.get("/v1/files/purge/" + requestId).status()).isEqualTo(200);
    }
}
