package io.mediadesk.sync.settings;

import io.mediadesk.sync.client.model.MetadataField;
import java.util.List;
import java.util.Optional;

/** The account's named transformations and field definitions as the settings sync sees them. */
public interface RemoteSettings {

    /** Every named transformation; empty when the account has no such API (it answered 404). */
    Optional<List<RemotePreset>> presets();

    /** @return the new named transformation's id */
    String createPreset(String name, String transformation);

    void updatePreset(String id, String transformation);

    void deletePreset(String id);

    /** Every field, deleted ones included. */
    List<FieldDef> fields();

    MetadataField field(String name);

    /** @return the new field's id */
    String createField(MetadataField field);
}
