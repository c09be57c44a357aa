package io.mediadesk.sync.client;

import com.fasterxml.jackson.core.type.TypeReference;
import io.mediadesk.sync.client.http.Idempotency;
import io.mediadesk.sync.client.model.MetadataField;
import io.mediadesk.sync.client.model.MetadataFieldSchema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Custom metadata fields (spec §3.12). A field's name is unique forever (deleted ones included),
 * so a create is never retried blindly: a duplicate would be refused, or worse, succeed twice.
 */
public final class MetadataFieldResource {
    private static final TypeReference<MetadataField> FIELD = new TypeReference<>() { };
    private static final TypeReference<List<MetadataField>> FIELDS = new TypeReference<>() { };

    private final Endpoints endpoints;

    MetadataFieldResource(Endpoints endpoints) {
        this.endpoints = endpoints;
    }

    /** The fields, optionally with deleted ones, optionally only those applying to {@code folderPath} (null: all). */
    public List<MetadataField> list(boolean includeDeleted, String folderPath) {
        var url = endpoints.api("v1", "customMetadataFields").addQueryParameter("includeDeleted", Boolean.toString(includeDeleted));
        if (folderPath != null) {
            url.addQueryParameter("folderPath", folderPath);
        }
        return endpoints.get(url.build(), FIELDS);
    }

    public MetadataField create(String name, String label, MetadataFieldSchema schema, String description) {
        return endpoints.send("POST", endpoints.api("v1", "customMetadataFields").build(),
                new MetadataField(null, name, label, schema, description), Idempotency.NOT_IDEMPOTENT, FIELD);
    }

    /** Changes label, schema or description (null: unchanged); the schema's type cannot change. */
    public MetadataField update(String id, String label, MetadataFieldSchema schema, String description) {
        Map<String, Object> body = new LinkedHashMap<>();
        putIfSet(body, "label", label);
        putIfSet(body, "schema", schema);
        putIfSet(body, "description", description);
        return endpoints.send("PATCH", endpoints.api("v1", "customMetadataFields", id).build(), body, Idempotency.IDEMPOTENT, FIELD);
    }

    public void delete(String id) {
        endpoints.sendForNothing("DELETE", endpoints.api("v1", "customMetadataFields", id).build(), null, Idempotency.IDEMPOTENT);
    }

    private static void putIfSet(Map<String, Object> body, String key, Object value) {
        if (value != null) {
            body.put(key, value);
        }
    }
}
