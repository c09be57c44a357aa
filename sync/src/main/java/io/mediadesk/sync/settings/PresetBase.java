package io.mediadesk.sync.settings;

import java.util.Objects;

/** The last state of a preset both sides agreed on: its name, the service's id for it and the text. */
public record PresetBase(String name, String remoteId, String transformation) {

    public PresetBase {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(remoteId, "remoteId");
        Objects.requireNonNull(transformation, "transformation");
    }
}
