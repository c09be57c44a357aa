package io.mediadesk.sync.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import io.mediadesk.engine.transform.InvalidTransformationException;
import io.mediadesk.engine.transform.TransformationParser;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code /v1/named-transformations} CRUD (spec 5, the newest API). Names are {@code [A-Za-z0-9_]},
 * unique, at most 250 per account; the transformation is stored without a {@code tr:} prefix and
 * must parse. With the API switched off every route answers 404, as on accounts without it.
 */
final class NamedTransformationHandler {
    static final int MAX_PER_ACCOUNT = 250;

    private final Store store;
    private final Account account;
    private final Presets presets;

    NamedTransformationHandler(Store store, Account account, Presets presets) {
        this.store = store;
        this.account = account;
        this.presets = presets;
    }

    void register(Routes routes) {
        String base = "/v1/named-transformations";
        routes.add("POST", base, Family.NAMED_TRANSFORMATIONS, guarded(this::create))
                .add("GET", base, Family.NAMED_TRANSFORMATIONS, guarded(call -> Reply.ok(all().values().stream().map(NamedTransformationHandler::json).toList())))
                .add("GET", base + "/([^/]+)", Family.NAMED_TRANSFORMATIONS, guarded(call -> Reply.ok(json(find(call.capture(0))))))
                .add("PATCH", base + "/([^/]+)", Family.NAMED_TRANSFORMATIONS, guarded(this::update))
                .add("DELETE", base + "/([^/]+)", Family.NAMED_TRANSFORMATIONS, guarded(this::delete));
    }

    private Endpoint guarded(Endpoint endpoint) {
        return call -> {
            if (!account.namedTransformationsApi()) {
                throw ApiError.notFound("Not found: " + call.rawPath());
            }
            return endpoint.answer(call);
        };
    }

    private Reply create(Call call) throws IOException {
        JsonNode body = call.json();
        if (all().size() >= MAX_PER_ACCOUNT) {
            throw ApiError.badRequest("An account can have at most " + MAX_PER_ACCOUNT + " named transformations.");
        }
        NamedTransformation named = new NamedTransformation();
        named.id = store.ids().shortId();
        named.name = name(body.path("name").asText(""), null);
        named.transformation = transformation(body.path("transformation").asText(""));
        named.enabled = body.path("enabled").asBoolean(true);
        named.createdAt = store.now();
        all().put(named.id, named);
        return Reply.json(201, json(named));
    }

    private Reply update(Call call) throws IOException {
        NamedTransformation named = find(call.capture(0));
        JsonNode body = call.json();
        String name = body.has("name") ? name(body.get("name").asText(""), named) : named.name;
        String transformation = body.has("transformation") ? transformation(body.get("transformation").asText("")) : named.transformation;
        if (body.has("enabled") && !body.get("enabled").isBoolean()) {
            throw ApiError.badRequest("enabled must be true or false.");
        }
        named.name = name;
        named.transformation = transformation;
        named.enabled = body.path("enabled").asBoolean(named.enabled);
        return Reply.ok(json(named));
    }

    private Reply delete(Call call) {
        all().remove(find(call.capture(0)).id);
        return Reply.noContent();
    }

    private String name(String name, NamedTransformation self) {
        if (!name.matches("[A-Za-z0-9_]+")) {
            throw ApiError.badRequest("name is required and may only contain letters, digits and _.");
        }
        if (all().values().stream().anyMatch(n -> n != self && n.name.equals(name))) {
            throw ApiError.badRequest("A named transformation with this name already exists.");
        }
        return name;
    }

    /** Strips a leading {@code tr:} (older dashboards showed it) and refuses what does not parse. */
    private String transformation(String text) {
        String stripped = text.startsWith("tr:") ? text.substring(3) : text;
        if (stripped.isBlank()) {
            throw ApiError.badRequest("transformation is required.");
        }
        try {
            new TransformationParser(presets.lookup()).parse(stripped);
        } catch (InvalidTransformationException e) {
            throw ApiError.badRequest("The transformation is not valid: " + e.getMessage());
        }
        return stripped;
    }

    private NamedTransformation find(String id) {
        NamedTransformation named = all().get(id);
        if (named == null) {
            throw ApiError.notFound("No named transformation found with this id.");
        }
        return named;
    }

    private Map<String, NamedTransformation> all() {
        return store.state().namedTransformations;
    }

    static Map<String, Object> json(NamedTransformation named) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", named.id);
        json.put("name", named.name);
        json.put("transformation", named.transformation);
        json.put("enabled", named.enabled);
        json.put("createdAt", named.createdAt);
        return json;
    }
}
