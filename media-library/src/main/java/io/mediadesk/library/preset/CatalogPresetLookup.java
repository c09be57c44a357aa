package io.mediadesk.library.preset;

import io.mediadesk.engine.transform.PresetLookup;
import io.mediadesk.library.store.PresetStore;
import java.util.Optional;

/**
 * The engine's {@link PresetLookup} backed by the catalog: {@code n-NAME} finds the preset of that
 * name outside the trash, read from the store when asked (the parser asks once per name and parse).
 */
public final class CatalogPresetLookup implements PresetLookup {
    private final PresetStore store;

    public CatalogPresetLookup(PresetStore store) {
        this.store = store;
    }

    @Override
    public Optional<String> find(String name) {
        return store.find(name).filter(p -> !p.deleted()).map(Preset::transformation);
    }
}
