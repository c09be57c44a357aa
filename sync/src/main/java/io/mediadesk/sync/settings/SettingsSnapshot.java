package io.mediadesk.sync.settings;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The three views of the settings one plan compares.
 *
 * @param localPresets the library's presets outside the trash: name to transformation
 * @param localTaken every preset name the library holds, the trash included (a name is never reused there)
 * @param remotePresets the account's named transformations; empty when the account answered 404
 *     (named transformations are managed in the dashboard), so presets stay local
 * @param presetBase what both sides last agreed on, by name
 * @param localFields the library's field definitions
 * @param remoteFields the account's, deleted ones included (their names stay taken)
 * @param fieldBase the definitions both sides last agreed on
 */
public record SettingsSnapshot(Map<String, String> localPresets, Set<String> localTaken, Optional<List<RemotePreset>> remotePresets,
        List<PresetBase> presetBase, List<FieldDef> localFields, List<FieldDef> remoteFields, List<FieldDef> fieldBase) {

    public static final SettingsSnapshot EMPTY = new SettingsSnapshot(Map.of(), Set.of(), Optional.of(List.of()), List.of(), List.of(),
            List.of(), List.of());

    public SettingsSnapshot {
        localPresets = new TreeMap<>(localPresets);
        localTaken = Set.copyOf(localTaken);
        remotePresets = remotePresets.map(List::copyOf);
        presetBase = List.copyOf(presetBase);
        localFields = List.copyOf(localFields);
        remoteFields = List.copyOf(remoteFields);
        fieldBase = List.copyOf(fieldBase);
    }
}
