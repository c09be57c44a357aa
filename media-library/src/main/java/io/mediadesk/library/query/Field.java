package io.mediadesk.library.query;

import java.util.Optional;

/**
 * What a clause looks at: one of the service's fields, or a custom or embedded metadata key
 * ({@code "customMetadata.brand"}, {@code "embeddedMetadata.Keywords"}).
 */
public record Field(Kind kind, String key) {

    /**
     * The fields of spec 3.2 that the local library keeps, plus two the service does not have:
     * {@code rating} and {@code label} are local (a query using them cannot be sent to the service).
     */
    public enum Kind {
        NAME("name"), TAGS("tags"), TYPE("type"), ID("id"), CREATED_AT("createdAt"), UPDATED_AT("updatedAt"),
        WIDTH("width"), HEIGHT("height"), SIZE("size"), FORMAT("format"), PATH("path"), TRANSPARENCY("transparency"),
        CUSTOM("customMetadata"), EMBEDDED("embeddedMetadata"), RATING("rating"), LABEL("label");

        private final String spelling;

        Kind(String spelling) {
            this.spelling = spelling;
        }

        public String spelling() {
            return spelling;
        }
    }

    public Field {
        if ((kind == Kind.CUSTOM || kind == Kind.EMBEDDED) == (key == null || key.isEmpty())) {
            throw new IllegalArgumentException("only metadata fields carry a key: " + kind + " " + key);
        }
    }

    public static Field of(Kind kind) {
        return new Field(kind, null);
    }

    public static Field custom(String key) {
        return new Field(Kind.CUSTOM, key);
    }

    public static Field embedded(String key) {
        return new Field(Kind.EMBEDDED, key);
    }

    /** The field as a query spells it, for messages. */
    public String spelling() {
        return key == null ? kind.spelling() : "\"" + kind.spelling() + "." + key + "\"";
    }

    /** The builtin field spelled {@code name}, if there is one. */
    static Optional<Kind> builtin(String name) {
        for (Kind k : Kind.values()) {
            if (k != Kind.CUSTOM && k != Kind.EMBEDDED && k.spelling.equals(name)) return Optional.of(k);
        }
        return Optional.empty();
    }
}
