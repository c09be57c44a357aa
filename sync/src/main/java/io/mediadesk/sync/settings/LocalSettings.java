package io.mediadesk.sync.settings;

import io.mediadesk.sync.client.model.MetadataField;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The library's presets and field definitions as the settings sync sees them. */
public interface LocalSettings {

    /** Presets outside the trash: name to transformation. */
    Map<String, String> presets();

    /** Every preset name the library holds, the trash included. */
    Set<String> presetNames();

    /** Creates, updates or revives the preset, as a new version authored by the sync. */
    void putPreset(String name, String transformation);

    /** Moves the preset to the trash; its history stays. */
    void trashPreset(String name);

    List<FieldDef> fields();

    /** The definition in the service's shape, to create it there. */
    MetadataField field(String name);

    void defineField(MetadataField field);
}
