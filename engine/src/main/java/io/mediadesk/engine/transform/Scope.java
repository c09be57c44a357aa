package io.mediadesk.engine.transform;

/** Where a parameter is written: at top level, or inside one of the three kinds of layer. */
public enum Scope {
    TOP('T'), IMAGE_LAYER('I'), TEXT_LAYER('X'), SUBTITLE_LAYER('S');

    private final char code;

    Scope(char code) {
        this.code = code;
    }

    /** The letter this scope has in the {@link Key} table. */
    char code() {
        return code;
    }

    public boolean isLayer() {
        return this != TOP;
    }

    String description() {
        return switch (this) {
            case TOP -> "outside layers";
            case IMAGE_LAYER -> "in an image or video layer";
            case TEXT_LAYER -> "in a text layer";
            case SUBTITLE_LAYER -> "in a subtitles layer";
        };
    }
}
