package io.mediadesk.sync.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class MetadataFieldTest extends SandboxTestBase {

    private Calls.Answer create(String name, Map<String, Object> schema) {
        return calls.call("POST", "/v1/customMetadataFields", Map.of("name", name, "label", name + " label", "schema", schema));
    }

    @Test
    void createAnswers201WithTheFieldAndListsIt() {
        Calls.Answer created = create("price", Map.of("type", "Number", "minValue", 0, "maxValue", 1000));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("id").asText()).isNotBlank();
        assertThat(created.json().get("schema").get("maxValue").asInt()).isEqualTo(1000);
        assertThat(calls.get("/v1/customMetadataFields").json()).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Text|{\"type\":\"Text\",\"minLength\":1,\"maxLength\":10,\"defaultValue\":\"abc\",\"isValueRequired\":true}",
        "Textarea|{\"type\":\"Textarea\",\"maxLength\":500}",
        "Number|{\"type\":\"Number\",\"minValue\":-5,\"maxValue\":5.5,\"defaultValue\":1}",
        "Date|{\"type\":\"Date\",\"minValue\":\"2020-01-01\",\"maxValue\":\"2030-01-01T00:00:00Z\",\"defaultValue\":\"2024-05-01\"}",
        "Boolean|{\"type\":\"Boolean\",\"defaultValue\":false}",
        "SingleSelect|{\"type\":\"SingleSelect\",\"selectOptions\":[\"S\",\"M\",3,true],\"defaultValue\":3}",
        "MultiSelect|{\"type\":\"MultiSelect\",\"selectOptions\":[\"a\",\"b\"],\"defaultValue\":[\"a\"]}"})
    void eachOfTheSevenTypesIsAccepted(String type, String schema) throws Exception {
        Map<?, ?> parsed = Calls.JSON.readValue(schema, Map.class);
        @SuppressWarnings("unchecked")
        Calls.Answer created = create("f" + type, (Map<String, Object>) parsed);

        assertThat(created.status()).as(created.json().toString()).isEqualTo(201);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "{\"type\":\"Text\",\"minValue\":3}|minValue|not allowed for this type",
        "{\"type\":\"Number\",\"minValue\":\"three\"}|minValue|should be of type number",
        "{\"type\":\"Number\",\"maxLength\":3}|maxLength|not allowed for this type",
        "{\"type\":\"SingleSelect\"}|selectOptions|is required for this type",
        "{\"type\":\"Boolean\",\"isValueRequired\":true}|defaultValue|is required when isValueRequired is true",
        "{\"type\":\"Number\",\"minValue\":1,\"maxValue\":5,\"defaultValue\":9}|defaultValue|should not be more than maxValue 5",
        "{\"type\":\"SingleSelect\",\"selectOptions\":[\"a\"],\"defaultValue\":\"b\"}|defaultValue|should be one of the selectOptions",
        "{\"type\":\"Colour\"}|type|should be one of Text, Textarea, Number, Date, Boolean, SingleSelect, MultiSelect",
        "{\"type\":\"Date\",\"maxValue\":\"yesterday\"}|maxValue|should be an ISO 8601 date"})
    void anInvalidSchemaIs400WithAnErrorPerKey(String schema, String key, String reason) throws Exception {
        @SuppressWarnings("unchecked")
        Calls.Answer answer = create("bad", Calls.JSON.readValue(schema, Map.class));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("message").asText()).isEqualTo("Invalid field object");
        assertThat(answer.json().get("errors").get(key).asText()).isEqualTo(reason);
    }

    @Test
    void aNameCanNeverBeReusedEvenAfterDeletion() {
        String id = create("sku", Map.of("type", "Text")).json().get("id").asText();
        assertThat(calls.call("DELETE", "/v1/customMetadataFields/" + id, null).status()).isEqualTo(204);

        Calls.Answer again = create("sku", Map.of("type", "Text"));

        assertThat(again.status()).isEqualTo(400);
        assertThat(again.json().get("message").asText()).isEqualTo("A custom metadata field with this name already exists.");
        assertThat(calls.get("/v1/customMetadataFields").json()).isEmpty();
        assertThat(calls.get("/v1/customMetadataFields?includeDeleted=true").json()).hasSize(1);
    }

    @Test
    void updateChangesLabelAndSchemaButNeverTheType() {
        String id = create("n", Map.of("type", "Number")).json().get("id").asText();

        JsonNode updated = calls.call("PATCH", "/v1/customMetadataFields/" + id,
                Map.of("label", "Count", "schema", Map.of("type", "Text", "maxValue", 9))).json();

        assertThat(updated.get("label").asText()).isEqualTo("Count");
        assertThat(updated.get("schema").get("type").asText()).isEqualTo("Number");
        assertThat(updated.get("schema").get("maxValue").asInt()).isEqualTo(9);
        assertThat(calls.call("PATCH", "/v1/customMetadataFields/" + id, Map.of()).status()).isEqualTo(400);
    }

    @Test
    void aValueOutsideTheFieldsRulesIsRefusedNamingTheField() {
        create("price", Map.of("type", "Number", "maxValue", 100));

        Calls.Answer upload = calls.upload("a.txt", new byte[] {1}, Map.of("customMetadata", "{\"price\": 500}"));

        assertThat(upload.status()).isEqualTo(400);
        assertThat(upload.json().get("message").asText()).contains("\"price\"").contains("maxValue 100");
        assertThat(sandbox.files()).isEmpty();
    }

    @Test
    void aValueForAnUndefinedFieldIsRefusedNamingTheField() {
        String id = uploadText("/", "a.txt", "a");

        Calls.Answer answer = calls.call("PATCH", "/v1/files/" + id + "/details", Map.of("customMetadata", Map.of("brand", "x")));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("message").asText()).contains("\"brand\"");
    }

    @Test
    void valuesAreSetOnUploadAndUnsetWithNull() {
        create("brand", Map.of("type", "Text"));
        create("sizes", Map.of("type", "MultiSelect", "selectOptions", List.of("S", "M")));
        String id = calls.upload("a.txt", new byte[] {1}, Map.of("customMetadata", "{\"brand\":\"acme\",\"sizes\":[\"S\"]}"))
                .json().get("fileId").asText();
        assertThat(calls.get("/v1/files/" + id + "/details").json().get("customMetadata").get("brand").asText()).isEqualTo("acme");

        Map<String, Object> unset = new HashMap<>();
        unset.put("brand", null);
        JsonNode updated = calls.call("PATCH", "/v1/files/" + id + "/details", Map.of("customMetadata", unset)).json();

        assertThat(updated.get("customMetadata").has("brand")).isFalse();
        assertThat(updated.get("customMetadata").get("sizes").get(0).asText()).isEqualTo("S");
    }

    @Test
    void aRequiredFieldShowsItsDefaultAndCannotBeUnset() {
        create("status", Map.of("type", "SingleSelect", "selectOptions", List.of("draft", "final"), "isValueRequired", true,
                "defaultValue", "draft"));
        String id = uploadText("/", "a.txt", "a");
        assertThat(calls.get("/v1/files/" + id + "/details").json().get("customMetadata").get("status").asText()).isEqualTo("draft");

        Map<String, Object> unset = new HashMap<>();
        unset.put("status", null);
        Calls.Answer answer = calls.call("PATCH", "/v1/files/" + id + "/details", Map.of("customMetadata", unset));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("message").asText()).contains("\"status\"");
    }
}
