package io.mediadesk.desktop.app;

import javafx.scene.input.KeyCode;

/** The window's main areas, with the key that opens each (Ctrl/Cmd + digit). */
public enum Section {
    LIBRARY("Library", KeyCode.DIGIT1), STUDIO("Transform studio", KeyCode.DIGIT2), SYNC("Sync", KeyCode.DIGIT3),
    PURGE("Purge", KeyCode.DIGIT4), ACCOUNTS("Accounts", KeyCode.DIGIT5);

    private final String title;
    private final KeyCode key;

    Section(String title, KeyCode key) {
        this.title = title;
        this.key = key;
    }

    public String title() {
        return title;
    }

    public KeyCode key() {
        return key;
    }

    /** The section named {@code name} (any case, a prefix will do: {@code studio}, {@code acc}), or empty. */
    public static java.util.Optional<Section> named(String name) {
        if (name == null || name.isBlank()) return java.util.Optional.empty();
        String n = name.strip().toUpperCase(java.util.Locale.ROOT);
        return java.util.Arrays.stream(values()).filter(s -> s.name().startsWith(n)).findFirst();
    }
}
