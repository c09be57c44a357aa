package io.mediadesk.desktop.app;

import javafx.scene.input.KeyCode;

/** The window's main areas, with the key that opens each (Ctrl/Cmd + digit). */
public enum Section {
    LIBRARY("Library", KeyCode.DIGIT1), STUDIO("Transform studio", KeyCode.DIGIT2);

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
}
