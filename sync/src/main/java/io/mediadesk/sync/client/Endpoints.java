package io.mediadesk.sync.client;

import com.fasterxml.jackson.core.type.TypeReference;
import io.mediadesk.sync.client.http.ApiRequest;
import io.mediadesk.sync.client.http.CallExecutor;
import io.mediadesk.sync.client.http.Idempotency;
import io.mediadesk.sync.client.http.JsonCodec;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * What every resource class needs: URLs under the two bases (ids go in as encoded path segments,
 * so an id can never reach another path), JSON calls, and calls that answer with nothing.
 */
final class Endpoints {
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    private final CallExecutor executor;
    private final JsonCodec json;
    private final HttpUrl apiBase;
    private final HttpUrl uploadBase;

    Endpoints(CallExecutor executor, JsonCodec json, HttpUrl apiBase, HttpUrl uploadBase) {
        this.executor = executor;
        this.json = json;
        this.apiBase = apiBase;
        this.uploadBase = uploadBase;
    }

    HttpUrl.Builder api(String... segments) {
        return under(apiBase, segments);
    }

    HttpUrl.Builder upload(String... segments) {
        return under(uploadBase, segments);
    }

    private static HttpUrl.Builder under(HttpUrl base, String... segments) {
        HttpUrl.Builder url = base.newBuilder();
        for (String segment : segments) {
            if (segment == null || segment.isEmpty()) {
                throw new IllegalArgumentException("an id in a URL must not be empty");
            }
            url.addPathSegment(segment);
        }
        return url;
    }

    <T> T get(HttpUrl url, TypeReference<T> type) {
        return call(new Request.Builder().url(url).get().build(), Idempotency.IDEMPOTENT, type);
    }

    <T> T send(String method, HttpUrl url, Object body, Idempotency idempotency, TypeReference<T> type) {
        return call(request(method, url, body), idempotency, type);
    }

    /** For 204 answers (and 200 {@code {}}): whatever body comes back is not read. */
    void sendForNothing(String method, HttpUrl url, Object body, Idempotency idempotency) {
        executor.execute(new ApiRequest(request(method, url, body), idempotency));
    }

    CallExecutor executor() {
        return executor;
    }

    JsonCodec json() {
        return json;
    }

    private <T> T call(Request request, Idempotency idempotency, TypeReference<T> type) {
        return executor.execute(new ApiRequest(request, idempotency), response -> json.decode(response, type), null, null);
    }

    private Request request(String method, HttpUrl url, Object body) {
        RequestBody payload = body != null ? RequestBody.create(json.encode(body), JSON)
                : java.util.Set.of("POST", "PUT", "PATCH").contains(method) ? RequestBody.create(new byte[0], null) : null;
        return new Request.Builder().url(url).method(method, payload).build();
    }
}
