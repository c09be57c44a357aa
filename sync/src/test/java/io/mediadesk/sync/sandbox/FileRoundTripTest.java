package io.mediadesk.sync.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FileRoundTripTest {
    private Sandbox sandbox;
    private Calls calls;

    @BeforeEach
    void start() throws Exception {
        sandbox = Sandbox.start();
        calls = new Calls(sandbox);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void uploadAnswersTheSpecsFieldsAndTheFileIsListedAndDetailed() {
        Calls.Answer upload = calls.upload("a.png", TestImages.png(40, 30),
                Map.of("folder", "/shots/2024", "useUniqueFileName", "false", "tags", "red,blue", "responseFields", "tags,isPrivateFile"));

        assertThat(upload.status()).isEqualTo(200);
        JsonNode file = upload.json();
        assertThat(file.get("name").asText()).isEqualTo("a.png");
        assertThat(file.get("filePath").asText()).isEqualTo("/shots/2024/a.png");
        assertThat(file.get("width").asInt()).isEqualTo(40);
        assertThat(file.get("height").asInt()).isEqualTo(30);
        assertThat(file.get("fileType").asText()).isEqualTo("image");
        assertThat(file.get("versionInfo").get("name").asText()).isEqualTo("Version 1");
        assertThat(file.get("versionInfo").get("id").asText()).isEqualTo(file.get("fileId").asText());
        assertThat(file.get("thumbnailUrl").asText()).startsWith(sandbox.urlEndpoint() + "/tr:n-ik_ml_thumbnail/");
        assertThat(file.get("tags")).hasSize(2);
        assertThat(file.has("customMetadata")).as("only sent when asked for in responseFields").isFalse();
        assertThat(upload.header("x-ik-requestId")).isNotBlank();

        String id = file.get("fileId").asText();
        JsonNode details = calls.get("/v1/files/" + id + "/details").json();
        assertThat(details.get("type").asText()).isEqualTo("file");
        assertThat(details.get("url").asText()).isEqualTo(sandbox.urlEndpoint() + "/shots/2024/a.png");
        assertThat(details.get("mime").asText()).isEqualTo("image/png");
        assertThat(details.get("customCoordinates").isNull()).isTrue();

        JsonNode list = calls.get("/v1/files?path=/shots/2024/").json();
        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("fileId").asText()).isEqualTo(id);
    }

    @Test
    void uniqueFileNamesGetASuffixAndDoNotReplace() {
        String first = calls.upload("same.txt", "one".getBytes(StandardCharsets.UTF_8), Map.of()).json().get("name").asText();
        String second = calls.upload("same.txt", "two".getBytes(StandardCharsets.UTF_8), Map.of()).json().get("name").asText();

        assertThat(first).matches("same_[A-Za-z0-9]{9}\\.txt");
        assertThat(second).isNotEqualTo(first);
        assertThat(sandbox.files()).hasSize(2);
    }

    @Test
    void uploadingToTheSamePathMakesANewVersionAndDropsOmittedTags() {
        Map<String, String> fixed = Map.of("useUniqueFileName", "false", "tags", "old");
        String id = calls.upload("v.txt", "1".getBytes(StandardCharsets.UTF_8), fixed).json().get("fileId").asText();
        JsonNode second = calls.upload("v.txt", "22".getBytes(StandardCharsets.UTF_8), Map.of("useUniqueFileName", "false")).json();

        assertThat(second.get("fileId").asText()).isEqualTo(id);
        assertThat(second.get("versionInfo").get("name").asText()).isEqualTo("Version 2");
        assertThat(sandbox.file("/v.txt").orElseThrow().versions()).isEqualTo(2);
        assertThat(sandbox.file("/v.txt").orElseThrow().tags()).as("overwriteTags defaults to true").isEmpty();
    }

    @Test
    void overwriteFileFalseRefusesAnExistingPath() {
        Map<String, String> fixed = Map.of("useUniqueFileName", "false", "overwriteFile", "false");
        calls.upload("x.txt", "1".getBytes(StandardCharsets.UTF_8), fixed);
        Calls.Answer again = calls.upload("x.txt", "2".getBytes(StandardCharsets.UTF_8), fixed);

        assertThat(again.status()).isEqualTo(400);
        assertThat(again.json().get("message").asText()).contains("already exists");
        assertThat(again.json().get("help").asText()).isNotBlank();
    }

    @Test
    void fileNamesAreSanitisedAsTheSpecSays() {
        JsonNode file = calls.upload("my photo (1).png", TestImages.png(2, 2), Map.of("useUniqueFileName", "false")).json();

        assertThat(file.get("name").asText()).isEqualTo("my_photo__1_.png");
    }

    @Test
    void updateSetsAndClearsDetailsWithNullSemantics() {
        String id = calls.upload("u.png", TestImages.png(4, 4), Map.of("tags", "a,b", "customCoordinates", "1,2,3,4")).json().get("fileId").asText();

        JsonNode updated = calls.call("PATCH", "/v1/files/" + id + "/details", Map.of("tags", List.of("c"), "description", "hi")).json();
        assertThat(updated.get("tags")).hasSize(1);
        assertThat(updated.get("customCoordinates").asText()).isEqualTo("1,2,3,4");
        assertThat(updated.get("description").asText()).isEqualTo("hi");

        java.util.Map<String, Object> clear = new java.util.HashMap<>();
        clear.put("tags", null);
        clear.put("customCoordinates", null);
        JsonNode cleared = calls.call("PATCH", "/v1/files/" + id + "/details", clear).json();
        assertThat(cleared.get("tags").isNull()).isTrue();
        assertThat(cleared.get("customCoordinates").isNull()).isTrue();
    }

    @Test
    void updateWithAnUnknownFieldIsA400AndChangesNothing() {
        String id = calls.upload("k.png", TestImages.png(4, 4), Map.of("tags", "keep")).json().get("fileId").asText();

        Calls.Answer bad = calls.call("PATCH", "/v1/files/" + id + "/details", Map.of("tags", List.of("new"), "colour", "red"));

        assertThat(bad.status()).isEqualTo(400);
        assertThat(sandbox.file("/" + sandbox.files().get(0).filePath().substring(1)).orElseThrow().tags()).containsExactly("keep");
    }

    @Test
    void publishingIsItsOwnShapeOfUpdate() {
        String id = calls.upload("p.png", TestImages.png(4, 4), Map.of()).json().get("fileId").asText();

        JsonNode unpublished = calls.call("PATCH", "/v1/files/" + id + "/details",
                Map.of("publish", Map.of("isPublished", false))).json();

        assertThat(unpublished.get("isPublished").asBoolean()).isFalse();
        assertThat(calls.call("PATCH", "/v1/files/" + id + "/details",
                Map.of("publish", Map.of("isPublished", true), "tags", List.of("x"))).status()).isEqualTo(400);
    }

    @Test
    void deleteAnswers204ThenTheFileIsGone() {
        String id = calls.upload("d.png", TestImages.png(4, 4), Map.of()).json().get("fileId").asText();

        assertThat(calls.call("DELETE", "/v1/files/" + id, null).status()).isEqualTo(204);
        Calls.Answer details = calls.get("/v1/files/" + id + "/details");
        assertThat(details.status()).isEqualTo(404);
        assertThat(details.json().get("message").asText()).isEqualTo("The requested file does not exist.");
        assertThat(sandbox.files()).isEmpty();
    }

    @Test
    void fileMetadataComesFromTheHeaderProbe() {
        String id = calls.upload("m.png", TestImages.png(12, 7), Map.of()).json().get("fileId").asText();

        JsonNode metadata = calls.get("/v1/files/" + id + "/metadata").json();

        assertThat(metadata.get("width").asInt()).isEqualTo(12);
        assertThat(metadata.get("height").asInt()).isEqualTo(7);
        assertThat(metadata.get("format").asText()).isEqualTo("png");
    }

    @Test
    void anSvgIsAnImageSizedFromItsRootElement() {
        byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"64\" height=\"32\"/>".getBytes(StandardCharsets.UTF_8);
        String id = calls.upload("logo.svg", svg, Map.of()).json().get("fileId").asText();

        JsonNode details = calls.get("/v1/files/" + id + "/details").json();
        assertThat(details.get("fileType").asText()).isEqualTo("image");
        assertThat(details.get("mime").asText()).isEqualTo("image/svg+xml");
        assertThat(details.get("width").asInt()).isEqualTo(64);
        assertThat(details.get("height").asInt()).isEqualTo(32);
    }

    @Test
    void aNonImageHasNoSizeAndIsTypedByItsExtension() {
        JsonNode file = calls.upload("notes.txt", "hello".getBytes(StandardCharsets.UTF_8), Map.of("useUniqueFileName", "false")).json();

        assertThat(file.get("fileType").asText()).isEqualTo("non-image");
        assertThat(file.has("width")).isFalse();
        assertThat(file.get("size").asInt()).isEqualTo(5);
    }
}
