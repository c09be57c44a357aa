package io.mediadesk.library.metadata;

/** The service's seven custom metadata field types, by their wire names. */
public enum FieldType {
    TEXT("Text"), TEXTAREA("Textarea"), NUMBER("Number"), DATE("Date"), BOOLEAN("Boolean"),
    SINGLE_SELECT("SingleSelect"), MULTI_SELECT("MultiSelect");

    private final String wireName;

    FieldType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static FieldType fromWire(String name) {
        for (FieldType t : values()) {
            if (t.wireName.equals(name)) return t;
        }
        throw new IllegalArgumentException("unknown custom metadata field type: " + name);
    }

    boolean textual() {
        return this == TEXT || this == TEXTAREA;
    }

    boolean ordered() {
        return this == NUMBER || this == DATE;
    }

    boolean select() {
        return this == SINGLE_SELECT || this == MULTI_SELECT;
    }
}
