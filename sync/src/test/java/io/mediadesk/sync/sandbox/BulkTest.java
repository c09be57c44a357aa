package io.mediadesk.sync.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BulkTest extends SandboxTestBase {

    private static List<String> ids(int n) {
        return IntStream.range(0, n).mapToObj(i -> "id" + i).toList();
    }

    @Test
    void bulkDeleteRefuses101Ids() {
        Calls.Answer answer = calls.call("POST", "/v1/files/batch/deleteByFileIds", Map.of("fileIds", ids(101)));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("message").asText()).isEqualTo("fileIds cannot have more than 100 items.");
    }

    @Test
    void tagCallsRefuse51Ids() {
        Calls.Answer answer = calls.call("POST", "/v1/files/addTags", Map.of("fileIds", ids(51), "tags", List.of("t")));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("message").asText()).isEqualTo("fileIds cannot have more than 50 items.");
    }

    @Test
    void bulkDeleteOfKnownAndUnknownIdsIs207WithAnErrorPerUnknownId() {
        String a = uploadText("/", "a.txt", "a");
        String b = uploadText("/", "b.txt", "b");

        Calls.Answer answer = calls.call("POST", "/v1/files/batch/deleteByFileIds", Map.of("fileIds", List.of(a, "nope", b)));

        assertThat(answer.status()).isEqualTo(207);
        JsonNode body = answer.json();
        assertThat(body.get("successfullyDeletedFileIds")).extracting(JsonNode::asText).containsExactly(a, b);
        assertThat(body.get("errors").get(0).get("fileId").asText()).isEqualTo("nope");
        assertThat(body.get("errors").get(0).get("error").asText()).isNotBlank();
        assertThat(sandbox.files()).isEmpty();
    }

    @Test
    void bulkDeleteOfOnlyUnknownIdsIs404WithTheMissingIds() {
        Calls.Answer answer = calls.call("POST", "/v1/files/batch/deleteByFileIds", Map.of("fileIds", List.of("x", "y")));

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.json().get("message").asText()).isEqualTo("The requested file(s) does not exist.");
        assertThat(answer.json().get("missingFileIds")).extracting(JsonNode::asText).containsExactly("x", "y");
    }

    @Test
    void bulkDeleteOfKnownIdsIs200() {
        String a = uploadText("/", "a.txt", "a");

        Calls.Answer answer = calls.call("POST", "/v1/files/batch/deleteByFileIds", Map.of("fileIds", List.of(a)));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("successfullyDeletedFileIds").get(0).asText()).isEqualTo(a);
    }

    @Test
    void addAndRemoveTagsChangeTheFilesTags() {
        String a = uploadText("/", "a.txt", "a");

        Calls.Answer added = calls.call("POST", "/v1/files/addTags", Map.of("fileIds", List.of(a), "tags", List.of("x", "y")));
        assertThat(added.status()).isEqualTo(200);
        assertThat(added.json().get("successfullyUpdatedFileIds").get(0).asText()).isEqualTo(a);
        assertThat(sandbox.files().get(0).tags()).containsExactly("x", "y");

        calls.call("POST", "/v1/files/removeTags", Map.of("fileIds", List.of(a), "tags", List.of("x")));
        assertThat(sandbox.files().get(0).tags()).containsExactly("y");
    }

    @Test
    void tagsWithAPercentSignAreRefused() {
        String a = uploadText("/", "a.txt", "a");

        assertThat(calls.call("POST", "/v1/files/addTags", Map.of("fileIds", List.of(a), "tags", List.of("50%"))).status()).isEqualTo(400);
        assertThat(calls.upload("b.txt", new byte[] {1}, Map.of("tags", "a%b")).status()).isEqualTo(400);
    }

    @Test
    void tagsOver500CharactersInAllAreRefused() {
        String a = uploadText("/", "a.txt", "a");

        Calls.Answer answer = calls.call("POST", "/v1/files/addTags", Map.of("fileIds", List.of(a), "tags", List.of("t".repeat(501))));

        assertThat(answer.status()).isEqualTo(400);
    }
}
