package io.mediadesk.sync.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SearchTest extends SandboxTestBase {

    @BeforeEach
    void library() {
        calls.call("POST", "/v1/customMetadataFields", Map.of("name", "rating", "label", "Rating", "schema", Map.of("type", "Number")));
        calls.upload("red-dress.png", TestImages.png(800, 600), Map.of("folder", "/sales/banners", "useUniqueFileName", "false",
                "tags", "summer-sale,banner", "customMetadata", "{\"rating\": 4.5}"));
        calls.upload("blue-dress.png", TestImages.png(200, 100), Map.of("folder", "/sales", "useUniqueFileName", "false", "tags", "winter"));
        calls.upload("notes.txt", "x".repeat(20000).getBytes(StandardCharsets.UTF_8), Map.of("folder", "/docs", "useUniqueFileName", "false"));
    }

    private List<String> names(String query) {
        Calls.Answer answer = search(query);
        assertThat(answer.status()).as(new String(answer.body())).isEqualTo(200);
        return StreamSupport.stream(answer.json().spliterator(), false).map(n -> n.get("name").asText()).sorted().toList();
    }

    private Calls.Answer search(String query) {
        return calls.get("/v1/files?searchQuery=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "name = \"red-dress.png\"|red-dress.png",
        "name : \"blue\"|blue-dress.png",
        "name NOT = \"notes.txt\"|blue-dress.png,red-dress.png",
        "name IN [\"notes.txt\", \"blue-dress.png\"]|blue-dress.png,notes.txt",
        "tags IN [\"banner\", \"winter\"]|blue-dress.png,red-dress.png",
        "tags NOT IN [\"banner\"]|blue-dress.png,notes.txt",
        "path : \"/sales\"|blue-dress.png,red-dress.png",
        "path = \"/sales/\"|blue-dress.png",
        "size > \"10kb\"|notes.txt",
        "width >= 800|red-dress.png",
        "format = \"png\" AND height < 200|blue-dress.png",
        "createdAt > \"1d\"|blue-dress.png,notes.txt,red-dress.png",
        "createdAt < \"2000-01-01\"|",
        "\"customMetadata.rating\" > 4.3|red-dress.png",
        "name : \"notes\" OR tags IN [\"winter\"] AND width > 500|notes.txt",
        "(name : \"notes\" OR tags IN [\"winter\"]) AND width > 100|blue-dress.png",
        "private = false AND name HAS \"dress\"|blue-dress.png,red-dress.png"})
    void queriesSelectTheExpectedFiles(String query, String expected) {
        List<String> wanted = expected == null ? List.of() : List.of(expected.split(","));
        assertThat(names(query)).isEqualTo(wanted);
    }

    @Test
    void aTypeTermMakesFoldersSearchable() {
        assertThat(names("type = \"folder\" AND name = \"banners\"")).containsExactly("banners");
    }

    @Test
    void unsupportedFieldsAndBadSyntaxAreClear400s() {
        Calls.Answer unsupported = search("createdBy = \"a@b.c\"");
        assertThat(unsupported.status()).isEqualTo(400);
        assertThat(unsupported.json().get("message").asText()).contains("does not support the field 'createdBy'");

        Calls.Answer broken = search("name = ");
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.json().get("message").asText()).startsWith("Invalid search query");

        assertThat(search("tags = \"x\"").json().get("message").asText()).contains("operator =");
    }

    @Test
    void listingsPageWithSkipAndLimitAndSort() {
        JsonNode page = calls.get("/v1/files?sort=DESC_SIZE&limit=2").json();
        assertThat(page).extracting(n -> n.get("name").asText()).containsExactly("notes.txt", "red-dress.png");

        JsonNode rest = calls.get("/v1/files?sort=DESC_SIZE&limit=2&skip=2").json();
        assertThat(rest).extracting(n -> n.get("name").asText()).containsExactly("blue-dress.png");

        assertThat(calls.get("/v1/files?limit=1001").status()).isEqualTo(400);
        assertThat(calls.get("/v1/files?sort=BY_MOOD").status()).isEqualTo(400);
    }

    @Test
    void fileTypeAndTheLegacyParametersFilter() {
        assertThat(calls.get("/v1/files?fileType=non-image").json()).extracting(n -> n.get("name").asText()).containsExactly("notes.txt");
        assertThat(calls.get("/v1/files?tags=winter").json()).extracting(n -> n.get("name").asText()).containsExactly("blue-dress.png");
        assertThat(calls.get("/v1/files?type=all&path=/sales").json()).extracting(n -> n.get("name").asText())
                .containsExactly("banners", "blue-dress.png");
    }
}
