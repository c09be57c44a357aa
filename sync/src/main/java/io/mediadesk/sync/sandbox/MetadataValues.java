package io.mediadesk.sync.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Custom metadata values against their field definitions (spec 3.12): whether a value fits its
 * field's type and bounds, and applying a {@code customMetadata} object to a file. Every error
 * names the field, so a user can tell which of twenty values is wrong.
 */
final class MetadataValues {
    private MetadataValues() {
    }

    /** Applies {@code incoming} to {@code values}; {@code null} unsets a value when {@code nullUnsets}. */
    static void apply(List<MetadataField> fields, Map<String, Object> values, JsonNode incoming, boolean nullUnsets) {
        if (!incoming.isObject()) {
            throw ApiError.badRequest("customMetadata must be a JSON object.");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = incoming.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> entry = it.next();
            MetadataField field = fields.stream().filter(f -> !f.deleted && f.name.equals(entry.getKey())).findFirst()
                    .orElseThrow(() -> ApiError.badRequest("Invalid customMetadata: no custom metadata field named \""
                            + entry.getKey() + "\" exists.").with("field", entry.getKey()));
            if (entry.getValue().isNull() && nullUnsets) {
                if (Boolean.TRUE.equals(field.schema.get("isValueRequired"))) {
                    throw ApiError.badRequest("Invalid customMetadata: the field \"" + field.name + "\" is required and cannot be unset.")
                            .with("field", field.name);
                }
                values.remove(field.name);
                continue;
            }
            Object value = Json.plain(entry.getValue());
            check(field.schema, value).ifPresent(reason -> {
                throw ApiError.badRequest("Invalid customMetadata: the value of \"" + field.name + "\" " + reason + ".")
                        .with("field", field.name);
            });
            values.put(field.name, value);
        }
    }

    /** Why {@code value} does not fit {@code schema}, or empty when it does. */
    static Optional<String> check(Map<String, Object> schema, Object value) {
        String type = String.valueOf(schema.get("type"));
        return switch (type) {
            case "Text", "Textarea" -> text(schema, value);
            case "Number" -> value instanceof Number n ? range(schema, decimal(n), MetadataValues::decimalOf) : Optional.of("should be a number");
            case "Date" -> date(schema, value);
            case "Boolean" -> value instanceof Boolean ? Optional.empty() : Optional.of("should be true or false");
            case "SingleSelect" -> option(schema, value) ? Optional.empty() : Optional.of("should be one of the selectOptions");
            case "MultiSelect" -> value instanceof List<?> list && list.stream().allMatch(v -> option(schema, v))
                    ? Optional.empty() : Optional.of("should be an array of selectOptions");
            default -> Optional.of("belongs to a field of unknown type " + type);
        };
    }

    private static Optional<String> text(Map<String, Object> schema, Object value) {
        if (!(value instanceof String s)) {
            return Optional.of("should be a string");
        }
        if (schema.get("minLength") instanceof Number min && s.length() < min.intValue()) {
            return Optional.of("should be at least " + min + " characters long");
        }
        if (schema.get("maxLength") instanceof Number max && s.length() > max.intValue()) {
            return Optional.of("should be at most " + max + " characters long");
        }
        return Optional.empty();
    }

    private static Optional<String> date(Map<String, Object> schema, Object value) {
        Optional<Instant> at = value instanceof String s ? Dates.parse(s) : Optional.empty();
        if (at.isEmpty()) {
            return Optional.of("should be an ISO 8601 date");
        }
        return range(schema, at.get(), bound -> bound instanceof String s ? Dates.parse(s).orElse(null) : null);
    }

    private static <T extends Comparable<T>> Optional<String> range(Map<String, Object> schema, T value,
            java.util.function.Function<Object, T> bound) {
        T min = schema.containsKey("minValue") ? bound.apply(schema.get("minValue")) : null;
        T max = schema.containsKey("maxValue") ? bound.apply(schema.get("maxValue")) : null;
        if (min != null && value.compareTo(min) < 0) {
            return Optional.of("should not be less than minValue " + schema.get("minValue"));
        }
        if (max != null && value.compareTo(max) > 0) {
            return Optional.of("should not be more than maxValue " + schema.get("maxValue"));
        }
        return Optional.empty();
    }

    private static boolean option(Map<String, Object> schema, Object value) {
        if (!(schema.get("selectOptions") instanceof List<?> options)) {
            return false;
        }
        return options.stream().anyMatch(o -> same(o, value));
    }

    /** JSON equality: 4 and 4.0 are the same number. */
    static boolean same(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return decimal(x).compareTo(decimal(y)) == 0;
        }
        return a != null && a.equals(b);
    }

    static BigDecimal decimal(Number n) {
        return new BigDecimal(n.toString());
    }

    private static BigDecimal decimalOf(Object o) {
        return o instanceof Number n ? decimal(n) : null;
    }
}
