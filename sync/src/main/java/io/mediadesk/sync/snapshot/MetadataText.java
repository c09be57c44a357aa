package io.mediadesk.sync.snapshot;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.mediadesk.sync.SyncException;
import java.util.Collection;
import java.util.Map;

/**
 * A custom metadata value as canonical JSON text, so the library's typed values and the service's
 * JSON compare as plain strings: numbers without a fraction print as integers ({@code 4}, not
 * {@code 4.0}), other numbers as Java prints doubles, strings and lists as JSON.
 */
public final class MetadataText {
    private static final ObjectMapper JSON = new ObjectMapper();

    private MetadataText() {
    }

    /** {@code plain}: String, Number, Boolean, or a collection of those. */
    public static String of(Object plain) {
        try {
            return JSON.writeValueAsString(node(plain));
        } catch (JsonProcessingException e) {
            throw new SyncException("cannot write metadata value " + plain, e);
        }
    }

    /** The plain Java value back: String, Double or Long, Boolean, or a list of those. */
    public static Object plain(String text) {
        try {
            return JSON.treeToValue(JSON.readTree(text), Object.class);
        } catch (JsonProcessingException e) {
            throw new SyncException("not a metadata value: " + text, e);
        }
    }

    private static JsonNode node(Object plain) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (plain instanceof Number n) {
            double d = n.doubleValue();
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? f.numberNode((long) d) : f.numberNode(d);
        }
        if (plain instanceof Boolean b) return f.booleanNode(b);
        if (plain instanceof Collection<?> list) {
            var array = f.arrayNode();
            list.forEach(v -> array.add(node(v)));
            return array;
        }
        if (plain instanceof Map<?, ?>) throw new SyncException("a metadata value cannot be an object: " + plain);
        return f.textNode(String.valueOf(plain));
    }
}
