package io.mediadesk.sync.sandbox;

import io.mediadesk.engine.transform.PresetLookup;
import java.util.Map;
import java.util.Optional;

/**
 * The named transformations delivery URLs can use: the account's enabled ones, then the two the
 * service's own thumbnail URLs name ({@code n-ik_ml_thumbnail} in upload answers,
 * {@code n-media_library_thumbnail} in listings), so the URLs the sandbox hands out all work.
 */
final class Presets {
    private static final Map<String, String> BUILT_IN = Map.of(
            "ik_ml_thumbnail", "w-200,h-200,c-at_max", "media_library_thumbnail", "w-200,h-200,c-at_max");

    private final Store store;

    Presets(Store store) {
        this.store = store;
    }

    /** A lookup over a snapshot taken now, safe to use after the store's lock is released. */
    PresetLookup lookup() {
        Map<String, String> enabled = new java.util.HashMap<>(BUILT_IN);
        store.state().namedTransformations.values().stream().filter(n -> n.enabled)
                .forEach(n -> enabled.put(n.name, n.transformation));
        Map<String, String> snapshot = Map.copyOf(enabled);
        return name -> Optional.ofNullable(snapshot.get(name));
    }
}
