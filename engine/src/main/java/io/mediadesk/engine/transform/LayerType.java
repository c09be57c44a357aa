package io.mediadesk.engine.transform;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The four layer kinds, {@code l-image ... l-end} and so on, and the parameters each admits. */
public enum LayerType {
    IMAGE(Scope.IMAGE_LAYER), TEXT(Scope.TEXT_LAYER), VIDEO(Scope.IMAGE_LAYER), SUBTITLES(Scope.SUBTITLE_LAYER);

    private final Scope scope;

    LayerType(Scope scope) {
        this.scope = scope;
    }

    public Scope scope() {
        return scope;
    }

    /** The opening token, e.g. {@code l-image}. */
    public String token() {
        return "l-" + name().toLowerCase(Locale.ROOT);
    }

    static Optional<LayerType> fromToken(String token) {
        return Arrays.stream(values()).filter(t -> t.token().equals(token)).findFirst();
    }
}
