package io.mediadesk.sync.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PersistenceTest {
    @TempDir
    Path folder;

    @Test
    void aRestartedSandboxKeepsItsFilesKeyAndContent() throws Exception {
        String key;
        String url;
        try (Sandbox first = Sandbox.start(SandboxOptions.defaults().withDataFolder(folder))) {
            key = first.privateKey();
            Calls calls = new Calls(first);
            calls.call("POST", "/v1/customMetadataFields", Map.of("name", "brand", "label", "Brand", "schema", Map.of("type", "Text")));
            url = calls.upload("kept.txt", "kept".getBytes(StandardCharsets.UTF_8),
                    Map.of("useUniqueFileName", "false", "customMetadata", "{\"brand\":\"acme\"}")).json().get("url").asText();
            calls.upload("kept.txt", "kept2".getBytes(StandardCharsets.UTF_8), Map.of("useUniqueFileName", "false"));
        }

        try (Sandbox second = Sandbox.start(SandboxOptions.defaults().withDataFolder(folder))) {
            Calls calls = new Calls(second);
            assertThat(second.privateKey()).isEqualTo(key);
            assertThat(second.file("/kept.txt").orElseThrow().versions()).isEqualTo(2);
            assertThat(calls.get("/v1/customMetadataFields").json()).hasSize(1);
            String path = url.substring(url.indexOf("/ik/") + 3);
            assertThat(new String(calls.fetch(second.urlEndpoint() + path).body(), StandardCharsets.UTF_8)).isEqualTo("kept2");
            String id = second.files().get(0).fileId();
            assertThat(calls.upload("other.txt", new byte[] {1}, Map.of()).json().get("fileId").asText()).isNotEqualTo(id);
        }
    }

    @Test
    void aDeletedFilesContentIsRemovedFromDisk() throws Exception {
        try (Sandbox sandbox = Sandbox.start(SandboxOptions.defaults().withDataFolder(folder))) {
            Calls calls = new Calls(sandbox);
            String id = calls.upload("gone.txt", "x".getBytes(StandardCharsets.UTF_8), Map.of()).json().get("fileId").asText();
            assertThat(folder.resolve("blobs").toFile().list()).hasSize(1);

            calls.call("DELETE", "/v1/files/" + id, null);

            assertThat(folder.resolve("blobs").toFile().list()).isEmpty();
        }
    }

    @Test
    void twoSandboxesCannotShareADataFolder() throws Exception {
        try (Sandbox first = Sandbox.start(SandboxOptions.defaults().withDataFolder(folder))) {
            assertThatThrownBy(() -> Sandbox.start(SandboxOptions.defaults().withDataFolder(folder)))
                    .hasMessageContaining("in use");
        }
    }
}
