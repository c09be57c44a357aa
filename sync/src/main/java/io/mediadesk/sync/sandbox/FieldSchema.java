package io.mediadesk.sync.sandbox;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules of a custom metadata field's {@code schema} (spec 3.12): the seven types, which keys
 * each type allows, what their values must be, and that the default value fits. Errors come back
 * as the spec's map from key to reason, e.g. {@code {"minValue": "should be of type number"}}.
 */
final class FieldSchema {
    static final List<String> TYPES = List.of("Text", "Textarea", "Number", "Date", "Boolean", "SingleSelect", "MultiSelect");
    private static final Set<String> COMMON = Set.of("type", "isValueRequired", "defaultValue");
    private static final Map<String, Set<String>> EXTRA = Map.of(
            "Text", Set.of("minLength", "maxLength"), "Textarea", Set.of("minLength", "maxLength"),
            "Number", Set.of("minValue", "maxValue"), "Date", Set.of("minValue", "maxValue"), "Boolean", Set.of(),
            "SingleSelect", Set.of("selectOptions"), "MultiSelect", Set.of("selectOptions"));
    private static final Set<String> KNOWN = Set.of("type", "isValueRequired", "defaultValue", "minLength", "maxLength",
            "minValue", "maxValue", "selectOptions");

    private FieldSchema() {
    }

    /** The errors of {@code schema}, empty when it is valid. */
    static Map<String, String> errors(Map<String, Object> schema) {
        Map<String, String> errors = new LinkedHashMap<>();
        Object type = schema.get("type");
        if (!(type instanceof String t) || !TYPES.contains(t)) {
            errors.put("type", "should be one of " + String.join(", ", TYPES));
            return errors;
        }
        for (String key : schema.keySet()) {
            if (!KNOWN.contains(key)) {
                errors.put(key, "is not a schema property");
            } else if (!COMMON.contains(key) && !EXTRA.get(t).contains(key)) {
                errors.put(key, "not allowed for this type");
            }
        }
        bounds(t, schema, errors);
        options(t, schema, errors);
        defaults(schema, errors);
        return errors;
    }

    private static void bounds(String type, Map<String, Object> schema, Map<String, String> errors) {
        for (String key : List.of("minLength", "maxLength")) {
            if (schema.get(key) != null && !(schema.get(key) instanceof Integer n && n >= 0) && !errors.containsKey(key)) {
                errors.put(key, "should be a non-negative integer");
            }
        }
        for (String key : List.of("minValue", "maxValue")) {
            Object value = schema.get(key);
            if (value == null || errors.containsKey(key)) {
                continue;
            }
            if (type.equals("Number") && !(value instanceof Number)) {
                errors.put(key, "should be of type number");
            } else if (type.equals("Date") && !(value instanceof String s && Dates.parse(s).isPresent())) {
                errors.put(key, "should be an ISO 8601 date");
            }
        }
        if (errors.isEmpty() && type.equals("Number") && schema.get("minValue") instanceof Number min
                && schema.get("maxValue") instanceof Number max && MetadataValues.decimal(min).compareTo(MetadataValues.decimal(max)) > 0) {
            errors.put("minValue", "should not be more than maxValue");
        }
        if (errors.isEmpty() && schema.get("minLength") instanceof Integer min && schema.get("maxLength") instanceof Integer max && min > max) {
            errors.put("minLength", "should not be more than maxLength");
        }
    }

    private static void options(String type, Map<String, Object> schema, Map<String, String> errors) {
        if (!type.endsWith("Select")) {
            return;
        }
        Object options = schema.get("selectOptions");
        if (options == null) {
            errors.put("selectOptions", "is required for this type");
        } else if (!(options instanceof List<?> list) || list.isEmpty()
                || !list.stream().allMatch(o -> o instanceof String || o instanceof Number || o instanceof Boolean)) {
            errors.put("selectOptions", "should be a non-empty array of strings, numbers or booleans");
        }
    }

    private static void defaults(Map<String, Object> schema, Map<String, String> errors) {
        Object required = schema.get("isValueRequired");
        if (required != null && !(required instanceof Boolean)) {
            errors.put("isValueRequired", "should be of type boolean");
        }
        if (Boolean.TRUE.equals(required) && schema.get("defaultValue") == null) {
            errors.put("defaultValue", "is required when isValueRequired is true");
        } else if (schema.get("defaultValue") != null && errors.isEmpty()) {
            MetadataValues.check(schema, schema.get("defaultValue")).ifPresent(reason -> errors.put("defaultValue", reason));
        }
    }
}
