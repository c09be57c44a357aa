package io.mediadesk.library.preset;

import io.mediadesk.library.store.Actor;
import java.time.Instant;
import java.util.Objects;

/**
 * One entry of a preset's history, written by every change and never rewritten: its number (1 for the
 * creation, then +1 per change), the name, transformation and description the preset had after the
 * change, when, who (the {@link Actor} the catalog was opened with), and what the change was:
 * {@code created}, {@code updated}, {@code rolled back to N}, {@code renamed from OLD}, {@code deleted},
 * {@code restored}.
 */
public record PresetVersion(int number, String name, String transformation, String description, Instant at, Actor actor,
        String change) {

    public PresetVersion {
        if (number < 1) throw new IllegalArgumentException("version numbers start at 1, was " + number);
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(transformation, "transformation");
        description = description == null ? "" : description;
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(change, "change");
    }
}
