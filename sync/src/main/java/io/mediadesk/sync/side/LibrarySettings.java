package io.mediadesk.sync.side;

import io.mediadesk.library.metadata.CustomField;
import io.mediadesk.library.metadata.FieldSchema;
import io.mediadesk.library.metadata.FieldType;
import io.mediadesk.library.metadata.MetaValue;
import io.mediadesk.library.metadata.DateText;
import io.mediadesk.library.preset.Preset;
import io.mediadesk.library.preset.Presets;
import io.mediadesk.library.store.Actor;
import io.mediadesk.library.store.AssetRepository;
import io.mediadesk.library.store.PresetStore;
import io.mediadesk.sync.client.model.MetadataField;
import io.mediadesk.sync.client.model.MetadataFieldSchema;
import io.mediadesk.sync.settings.FieldDef;
import io.mediadesk.sync.settings.FieldText;
import io.mediadesk.sync.settings.LocalSettings;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The library's presets and field definitions for the settings sync. Every preset version the sync
 * writes is authored by {@link #SYNC_ACTOR}, so a preset's history tells the sync's pulls from a
 * person's edits; the preset rules (names, the engine's check of the transformation, references)
 * apply to them as to any edit.
 */
public final class LibrarySettings implements LocalSettings {
    /** Who the history says wrote a version the sync pulled from the service. */
    public static final Actor SYNC_ACTOR = new Actor("mediadesk sync");

    private final PresetStore store;
    private final Presets presets;
    private final AssetRepository assets;

    public LibrarySettings(PresetStore store, AssetRepository assets) {
        this.store = store;
        this.presets = new Presets(store.actingAs(SYNC_ACTOR));
        this.assets = assets;
    }

    @Override
    public Map<String, String> presets() {
        Map<String, String> out = new TreeMap<>();
        store.list(false).forEach(p -> out.put(p.name(), p.transformation()));
        return out;
    }

    @Override
    public Set<String> presetNames() {
        Set<String> out = new LinkedHashSet<>();
        store.list(false).forEach(p -> out.add(p.name()));
        store.list(true).forEach(p -> out.add(p.name()));
        return out;
    }

    @Override
    public void putPreset(String name, String transformation) {
        presets.set(name, transformation);
    }

    @Override
    public void trashPreset(String name) {
        Optional<Preset> p = presets.find(name);
        if (p.isPresent() && !p.get().deleted()) presets.delete(name);
    }

    @Override
    public List<FieldDef> fields() {
        return assets.schema().fields().values().stream().map(f -> FieldText.def(wire(f), false))
                .sorted(java.util.Comparator.comparing(FieldDef::name)).toList();
    }

    @Override
    public MetadataField field(String name) {
        CustomField f = assets.schema().field(name).orElseThrow(() -> new IllegalStateException("the library has no field " + name));
        return wire(f);
    }

    @Override
    public void defineField(MetadataField field) {
        assets.defineField(local(field));
    }

    /** The library's definition in the service's shape. */
    static MetadataField wire(CustomField f) {
        FieldSchema s = f.schema();
        List<Object> options = s.selectOptions().isEmpty() ? null : s.selectOptions().stream().map(MetaValue::plain).toList();
        return new MetadataField(null, f.name(), f.label(), new MetadataFieldSchema(s.type().wireName(), options,
                s.defaultValue().map(MetaValue::plain).orElse(null), s.required() ? Boolean.TRUE : null,
                s.minValue().map(MetaValue::plain).orElse(null), s.maxValue().map(MetaValue::plain).orElse(null),
                s.minLength().orElse(null), s.maxLength().orElse(null)), null);
    }

    /** The service's definition as the library's; the library checks the rules as for any new field. */
    static CustomField local(MetadataField f) {
        MetadataFieldSchema w = f.schema();
        FieldType type = FieldType.fromWire(w.type());
        boolean date = type == FieldType.DATE;
        FieldSchema s = FieldSchema.of(type);
        if (w.selectOptions() != null) {
            List<MetaValue> options = new ArrayList<>();
            w.selectOptions().forEach(o -> options.add(value(o, false)));
            s = s.withOptions(options);
        }
        if (w.minValue() != null || w.maxValue() != null) s = s.withRange(value(w.minValue(), date), value(w.maxValue(), date));
        if (w.minLength() != null || w.maxLength() != null) s = s.withLength(w.minLength(), w.maxLength());
        if (w.defaultValue() != null) {
            MetaValue d = value(w.defaultValue(), date);
            s = Boolean.TRUE.equals(w.isValueRequired()) ? s.required(d) : s.withDefault(d);
        }
        return new CustomField(f.name(), f.label() == null ? f.name() : f.label(), s);
    }

    private static MetaValue value(Object plain, boolean date) {
        if (plain == null) return null;
        if (plain instanceof List<?> list) {
            List<MetaValue> many = new ArrayList<>();
            list.forEach(o -> many.add(value(o, date)));
            return new MetaValue.Many(many);
        }
        if (plain instanceof Number n) return new MetaValue.Num(n.doubleValue());
        if (plain instanceof Boolean b) return new MetaValue.Flag(b);
        String text = String.valueOf(plain);
        if (date) {
            Optional<java.time.Instant> at = DateText.parseIso(text);
            if (at.isPresent()) return new MetaValue.Moment(at.get());
        }
        return new MetaValue.Text(text);
    }

}
