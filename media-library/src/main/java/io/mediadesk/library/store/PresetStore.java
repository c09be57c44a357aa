package io.mediadesk.library.store;

import io.mediadesk.library.preset.Preset;
import io.mediadesk.library.preset.PresetVersion;
import java.util.List;
import java.util.Optional;

/**
 * The port to the presets' records: storage, history and concurrency, no rules (those are in
 * {@link io.mediadesk.library.preset.Presets}, which is how callers reach this). Every change is
 * atomic with the history entry it writes: one transaction in SQLite, one document update in
 * MongoDB (the history lives in the preset's document). A name is unique among all presets, the
 * trash included, because a deleted preset keeps its history and can be restored under its name.
 */
public interface PresetStore {

    /** Presets outside the trash ({@code deleted} false) or in it, by name (code point order). */
    List<Preset> list(boolean deleted);

    /** The preset of this name, in the trash or not. */
    Optional<Preset> find(String name);

    /**
     * Creates a preset at version 1 (history entry {@code created}) and audits {@code preset.create}.
     *
     * @throws io.mediadesk.library.InvalidValueException rule {@code unique} when the name is taken, trash included
     */
    Preset create(String name, String transformation, String description);

    /**
     * Applies {@code change} if the preset is still at {@code expectedVersion}: writes version
     * {@code expectedVersion + 1} with the change's content and label, and audits the change's action.
     *
     * @throws io.mediadesk.library.preset.UnknownNameException when no preset has {@code name}
     * @throws ConcurrentChangeException when someone else changed it since {@code expectedVersion} was read; nothing written
     * @throws io.mediadesk.library.InvalidValueException rule {@code unique} when a rename's new name is taken
     */
    Preset change(String name, int expectedVersion, PresetChange change);

    /** Every version of the preset now called {@code name}, oldest first (renames included). */
    List<PresetVersion> history(String name);

    /**
     * The same presets, with every change written from here on (history entry and audit line)
     * authored by {@code actor} instead of the actor the catalog was opened with: the two-way sync
     * writes the versions it pulls from the service as its own actor, so a history tells a person's
     * edit from one the sync brought in.
     */
    PresetStore actingAs(Actor actor);
}
