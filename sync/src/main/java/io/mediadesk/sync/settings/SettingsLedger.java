package io.mediadesk.sync.settings;

import io.mediadesk.library.store.BaseRecord;
import io.mediadesk.library.store.SyncLedger;
import java.util.List;
import java.util.Optional;

/**
 * The settings' base in the catalog's sync ledger, beside the assets' rows: a preset's row has the
 * local id {@code preset:NAME}, the remote id {@code preset:ID} and the agreed transformation as its
 * "hash"; a field's row {@code field:NAME}, {@code field:ID}, the type and the rules. The asset sync
 * skips these rows ({@link #isSettings}).
 */
public final class SettingsLedger {
    static final String PRESET = "preset:";
    static final String FIELD = "field:";

    private final SyncLedger ledger;

    public SettingsLedger(SyncLedger ledger) {
        this.ledger = ledger;
    }

    /** Whether a base row belongs to the settings, not to an asset. */
    public static boolean isSettings(BaseRecord r) {
        return r.localId().startsWith(PRESET) || r.localId().startsWith(FIELD);
    }

    public List<PresetBase> presets(List<BaseRecord> rows) {
        return rows.stream().filter(r -> r.localId().startsWith(PRESET))
                .map(r -> new PresetBase(r.path(), r.remoteId().substring(PRESET.length()), r.contentHash())).toList();
    }

    public List<FieldDef> fields(List<BaseRecord> rows) {
        return rows.stream().filter(r -> r.localId().startsWith(FIELD))
                .map(r -> new FieldDef(r.remoteId().substring(FIELD.length()), r.path(), r.path(), r.contentHash(), r.versionId(), false))
                .toList();
    }

    public void putPreset(String name, String remoteId, String transformation) {
        ledger.putBase(new BaseRecord(PRESET + name, PRESET + remoteId, name, transformation, "", 0, Optional.empty(), List.of(), "{}",
                Optional.empty()));
    }

    public void forgetPreset(String name) {
        ledger.forgetBase(PRESET + name);
    }

    public void putField(String name, String remoteId, String type, String rules) {
        ledger.putBase(new BaseRecord(FIELD + name, FIELD + remoteId, name, type, rules, 0, Optional.empty(), List.of(), "{}",
                Optional.empty()));
    }
}
