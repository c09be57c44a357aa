package io.mediadesk.library.metadata;

import io.mediadesk.library.InvalidValueException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The library's custom metadata fields, and the check an asset's whole {@code customMetadata}
 * map must pass: every key a known field, every value valid for it, every required field present.
 * Required fields always carry a default (the service insists), so {@link #complete} fills them in.
 */
public record MetadataSchema(Map<String, CustomField> fields) {
    public static final MetadataSchema EMPTY = new MetadataSchema(Map.of());

    public MetadataSchema {
        fields = Map.copyOf(fields);
    }

    public static MetadataSchema of(Collection<CustomField> fields) {
        Map<String, CustomField> byName = new LinkedHashMap<>();
        for (CustomField f : fields) {
            if (byName.put(f.name(), f) != null) {
                throw new InvalidValueException(f.name(), "name", "A custom metadata field with this name already exists.");
            }
        }
        return new MetadataSchema(byName);
    }

    public Optional<CustomField> field(String name) {
        return Optional.ofNullable(fields.get(name));
    }

    /** The values checked and completed with the defaults of required fields that were left out. */
    public Map<String, MetaValue> complete(Map<String, MetaValue> values) {
        Map<String, MetaValue> out = new TreeMap<>();
        values.forEach((name, value) -> out.put(name, known(name).check(value)));
        for (CustomField f : fields.values()) {
            if (f.schema().required() && !out.containsKey(f.name())) {
                out.put(f.name(), f.schema().defaultValue().orElseThrow());
            }
        }
        return out;
    }

    private CustomField known(String name) {
        CustomField f = fields.get(name);
        if (f == null) {
            throw new InvalidValueException(name, "unknown", "there is no custom metadata field \"" + name
                    + "\"; define it first (known: " + List.copyOf(new TreeMap<>(fields).keySet()) + ")");
        }
        return f;
    }
}
