package io.mediadesk.desktop.transform;

import io.mediadesk.engine.transform.Key;

/** One completion: the name to insert (short key or an SDK long name) and the key it means. */
public record KeySuggestion(Key key, String name) {

    /** What is inserted: the name, then {@code -} unless the key is usually written bare. */
    public String insertion() {
        return key.allowsBare() ? name : name + "-";
    }

    /** The popup line: {@code rt - rotation, rotate} or {@code rotation (rt)}. */
    @Override
    public String toString() {
        if (name.equals(key.shortKey())) {
            return key.longNames().isEmpty() ? name : name + "  ·  " + String.join(", ", key.longNames());
        }
        return name + "  ·  " + key.shortKey();
    }
}
