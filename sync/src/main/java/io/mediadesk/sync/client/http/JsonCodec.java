package io.mediadesk.sync.client.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.mediadesk.sync.client.error.MalformedResponseException;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * JSON in and out. Unknown fields are ignored (the service adds fields; we must not break), and
 * hostile answers are bounded: nesting depth, string length and document size are capped, so a
 * deeply nested or huge document fails as a malformed response instead of exhausting the heap.
 */
public final class JsonCodec {
    static final int MAX_DEPTH = 64;
    static final int MAX_STRING = 4 * 1024 * 1024;

    private final ObjectMapper mapper;

    public JsonCodec(long maxDocumentBytes) {
        JsonMapper built = JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
        built.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_DEPTH).maxStringLength(MAX_STRING).maxDocumentLength(maxDocumentBytes).build());
        this.mapper = built;
    }

    public ObjectMapper mapper() {
        return mapper;
    }

    public byte[] encode(Object value) {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public <T> T decode(ApiResponse response, TypeReference<T> type) {
        return decode(response, mapper.getTypeFactory().constructType(type));
    }

    public <T> T decode(ApiResponse response, Class<T> type) {
        return decode(response, mapper.getTypeFactory().constructType(type));
    }

    private <T> T decode(ApiResponse response, JavaType type) {
        if (!response.hasBody()) {
            throw new MalformedResponseException(response.operation(), "empty body, expected " + type.getRawClass().getSimpleName(),
                    response.requestId(), null);
        }
        try {
            T value = mapper.readValue(response.body(), type);
            if (value == null) {
                throw new MalformedResponseException(response.operation(), "null body", response.requestId(), null);
            }
            return value;
        } catch (IOException e) {
            // The parser's own message says what and where, without echoing the document.
            String problem = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.toString();
            throw new MalformedResponseException(response.operation(), "not the expected JSON: " + firstLine(problem),
                    response.requestId(), e);
        }
    }

    private static String firstLine(String text) {
        String line = text == null ? "" : text.lines().findFirst().orElse("");
        return line.length() > 200 ? line.substring(0, 200) + "..." : line;
    }
}
