package io.mediadesk.sync.settings;

import java.util.Objects;

/** A named transformation as the account lists it; {@code transformation} has no {@code tr:}. */
public record RemotePreset(String id, String name, String transformation) {

    public RemotePreset {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(transformation, "transformation");
    }
}
