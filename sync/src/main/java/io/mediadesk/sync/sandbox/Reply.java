package io.mediadesk.sync.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A complete answer, built before anything is sent: the gateway can then still decide to lose it
 * (the "committed, answer lost" fault) or add the common headers in one place.
 */
record Reply(int status, String contentType, byte[] body, Map<String, String> headers) {

    static Reply json(int status, Object value) {
        try {
            return new Reply(status, "application/json; charset=utf-8", Json.MAPPER.writeValueAsBytes(value), new LinkedHashMap<>());
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Reply ok(Object value) {
        return json(200, value);
    }

    static Reply noContent() {
        return new Reply(204, null, new byte[0], new LinkedHashMap<>());
    }

    static Reply bytes(int status, String contentType, byte[] body) {
        return new Reply(status, contentType, body, new LinkedHashMap<>());
    }

    Reply header(String name, String value) {
        headers.put(name, value);
        return this;
    }
}
