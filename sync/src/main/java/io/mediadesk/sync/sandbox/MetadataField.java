package io.mediadesk.sync.sandbox;

import java.util.LinkedHashMap;
import java.util.Map;

/** A custom metadata field definition; deleted ones are kept, because their names can never be reused. */
final class MetadataField {
    String id;
    String name;
    String label;
    String description;
    Map<String, Object> schema = new LinkedHashMap<>();
    boolean deleted;

    String type() {
        return String.valueOf(schema.get("type"));
    }
}
