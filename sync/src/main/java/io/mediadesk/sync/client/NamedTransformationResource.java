package io.mediadesk.sync.client;

import com.fasterxml.jackson.core.type.TypeReference;
import io.mediadesk.sync.client.error.ClientErrorException;
import io.mediadesk.sync.client.error.DashboardManagedException;
import io.mediadesk.sync.client.http.Idempotency;
import io.mediadesk.sync.client.model.NamedTransformation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Named transformations over {@code /v1/named-transformations} (spec §5). The API is new and not
 * on every account: a 404 on the collection (list, create) means "managed in the dashboard", raised
 * as {@link DashboardManagedException} so callers keep presets local. A 404 for one id stays a
 * plain not-found. Transformation strings are sent without a {@code tr:} prefix.
 */
public final class NamedTransformationResource {
    private static final TypeReference<NamedTransformation> ONE = new TypeReference<>() { };
    private static final TypeReference<List<NamedTransformation>> ALL = new TypeReference<>() { };

    private final Endpoints endpoints;

    NamedTransformationResource(Endpoints endpoints) {
        this.endpoints = endpoints;
    }

    public List<NamedTransformation> list() {
        return onCollection(() -> endpoints.get(endpoints.api("v1", "named-transformations").build(), ALL));
    }

    public NamedTransformation get(String id) {
        return endpoints.get(endpoints.api("v1", "named-transformations", id).build(), ONE);
    }

    public NamedTransformation create(String name, String transformation, boolean enabled) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("transformation", strip(transformation));
        body.put("enabled", enabled);
        return onCollection(() -> endpoints.send("POST", endpoints.api("v1", "named-transformations").build(), body,
                Idempotency.NOT_IDEMPOTENT, ONE));
    }

    /** Partial update: null leaves a part as it is. A 409 means an upload setting still uses it. */
    public NamedTransformation update(String id, String name, String transformation, Boolean enabled) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (name != null) {
            body.put("name", name);
        }
        if (transformation != null) {
            body.put("transformation", strip(transformation));
        }
        if (enabled != null) {
            body.put("enabled", enabled);
        }
        return endpoints.send("PATCH", endpoints.api("v1", "named-transformations", id).build(), body, Idempotency.IDEMPOTENT, ONE);
    }

    public void delete(String id) {
        endpoints.sendForNothing("DELETE", endpoints.api("v1", "named-transformations", id).build(), null, Idempotency.IDEMPOTENT);
    }

    /** Older dashboards showed strings with a {@code tr:} prefix; the API wants them without. */
    static String strip(String transformation) {
        String t = transformation.strip();
        return t.startsWith("tr:") ? t.substring(3) : t;
    }

    private static <T> T onCollection(Supplier<T> call) {
        try {
            return call.get();
        } catch (ClientErrorException e) {
            if (e.isNotFound()) {
                throw new DashboardManagedException(e.operation(), e.error(), e.requestId().orElse(null));
            }
            throw e;
        }
    }
}
