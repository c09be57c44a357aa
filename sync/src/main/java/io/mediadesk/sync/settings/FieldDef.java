package io.mediadesk.sync.settings;

import java.util.Objects;

/**
 * A custom metadata field definition as the planner compares it: the name (the key in
 * {@code customMetadata}, unique forever on the service), the label, the type's wire name and the
 * rest of the schema as canonical text ({@link FieldText}), so two definitions are the same field
 * exactly when type and rules are equal. {@code id} is the service's (empty locally and in
 * the base); {@code deleted} is true for a field the service deleted, whose name stays taken.
 */
public record FieldDef(String id, String name, String label, String type, String rules, boolean deleted) {

    public FieldDef {
        id = id == null ? "" : id;
        Objects.requireNonNull(name, "name");
        label = label == null ? name : label;
        Objects.requireNonNull(type, "type");
        rules = rules == null ? "" : rules;
    }

    /** Type and rules, what a value is checked against; the label is for people and does not count. */
    public String shape() {
        return rules.isEmpty() ? type : type + " " + rules;
    }

    public boolean sameShape(FieldDef other) {
        return type.equals(other.type) && rules.equals(other.rules);
    }
}
