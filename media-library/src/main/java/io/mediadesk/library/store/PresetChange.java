package io.mediadesk.library.store;

import java.util.Objects;

/**
 * What a preset becomes in one change, already checked by {@link io.mediadesk.library.preset.Presets}:
 * its name, transformation, description and whether it is in the trash, with the audit action
 * ({@code preset.update}, {@code preset.rollback}, ...) and the label its history shows.
 */
public record PresetChange(String action, String label, String name, String transformation, String description, boolean deleted) {

    public PresetChange {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(transformation, "transformation");
        description = description == null ? "" : description;
    }
}
