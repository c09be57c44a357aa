package io.mediadesk.sync.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class VersionTest extends SandboxTestBase {

    @Test
    void versionsAreListedGotDeletedAndRestored() {
        String id = uploadText("/", "v.txt", "one");
        uploadText("/", "v.txt", "two");
        uploadText("/", "v.txt", "three");

        JsonNode versions = calls.get("/v1/files/" + id + "/versions").json();
        assertThat(versions).hasSize(3);
        assertThat(versions.get(0).get("versionInfo").get("name").asText()).isEqualTo("Version 1");
        assertThat(versions.get(0).get("type").asText()).isEqualTo("file-version");
        assertThat(versions.get(2).get("type").asText()).isEqualTo("file");
        String first = versions.get(0).get("versionInfo").get("id").asText();
        String second = versions.get(1).get("versionInfo").get("id").asText();
        String current = versions.get(2).get("versionInfo").get("id").asText();

        assertThat(calls.get("/v1/files/" + id + "/versions/" + first).json().get("size").asInt()).isEqualTo(3);

        Calls.Answer refused = calls.call("DELETE", "/v1/files/" + id + "/versions/" + current, null);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("message").asText()).isEqualTo("You cannot delete current version of a file.");

        assertThat(calls.call("DELETE", "/v1/files/" + id + "/versions/" + second, null).status()).isEqualTo(204);
        assertThat(calls.get("/v1/files/" + id + "/versions").json()).hasSize(2);

        JsonNode restored = calls.call("PUT", "/v1/files/" + id + "/versions/" + first + "/restore", null).json();
        assertThat(restored.get("versionInfo").get("id").asText()).isEqualTo(first);
        assertThat(calls.get("/v1/files/" + id + "/details").json().get("size").asInt()).isEqualTo(3);
    }

    @Test
    void anUnknownVersionIs404() {
        String id = uploadText("/", "v.txt", "one");

        assertThat(calls.get("/v1/files/" + id + "/versions/nope").status()).isEqualTo(404);
        assertThat(calls.call("PUT", "/v1/files/" + id + "/versions/nope/restore", null).status()).isEqualTo(404);
    }

    @Test
    void olderVersionsAreListedWithTypeFileVersion() {
        uploadText("/", "v.txt", "one");
        uploadText("/", "v.txt", "two");

        JsonNode list = calls.get("/v1/files?type=file-version").json();

        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("type").asText()).isEqualTo("file-version");
    }
}
