package io.mediadesk.sync.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NamedTransformationTest extends SandboxTestBase {
    private static final String BASE = "/v1/named-transformations";

    @Test
    void namedTransformationsHaveFullCrud() {
        Calls.Answer created = calls.call("POST", BASE, Map.of("name", "thumb_sq", "transformation", "tr:w-150,h-150"));

        assertThat(created.status()).isEqualTo(201);
        JsonNode named = created.json();
        String id = named.get("id").asText();
        assertThat(id).matches("[A-Za-z0-9]{9}");
        assertThat(named.get("transformation").asText()).as("the tr: prefix is stripped").isEqualTo("w-150,h-150");
        assertThat(named.get("enabled").asBoolean()).isTrue();
        assertThat(named.get("createdAt").asText()).isNotBlank();

        assertThat(calls.get(BASE).json()).hasSize(1);
        assertThat(calls.get(BASE + "/" + id).json().get("name").asText()).isEqualTo("thumb_sq");

        JsonNode updated = calls.call("PATCH", BASE + "/" + id, Map.of("enabled", false)).json();
        assertThat(updated.get("enabled").asBoolean()).isFalse();
        assertThat(updated.get("transformation").asText()).isEqualTo("w-150,h-150");

        assertThat(calls.call("DELETE", BASE + "/" + id, null).status()).isEqualTo(204);
        assertThat(calls.get(BASE + "/" + id).status()).isEqualTo(404);
    }

    @Test
    void namesAndTransformationsAreValidated() {
        assertThat(calls.call("POST", BASE, Map.of("name", "bad name", "transformation", "w-10")).status()).isEqualTo(400);
        assertThat(calls.call("POST", BASE, Map.of("name", "bad_tr", "transformation", "w-10,zz-3")).status()).isEqualTo(400);
        calls.call("POST", BASE, Map.of("name", "dup", "transformation", "w-10"));
        assertThat(calls.call("POST", BASE, Map.of("name", "dup", "transformation", "w-20")).status()).isEqualTo(400);
    }

    @Test
    void accountsWithoutTheApiAnswer404() {
        sandbox.namedTransformationsApi(false);

        assertThat(calls.get(BASE).status()).isEqualTo(404);
        assertThat(calls.call("POST", BASE, Map.of("name", "x", "transformation", "w-10")).status()).isEqualTo(404);

        sandbox.namedTransformationsApi(true);
        assertThat(calls.get(BASE).status()).isEqualTo(200);
    }
}
