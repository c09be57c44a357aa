package io.mediadesk.engine.transform;

import java.util.Map;
import java.util.Optional;

/** Finds the transformation string of a named transformation ({@code n-NAME}); names are case-sensitive. */
@FunctionalInterface
public interface PresetLookup {
    Optional<String> find(String name);

    static PresetLookup of(Map<String, String> presets) {
        Map<String, String> copy = Map.copyOf(presets);
        return name -> Optional.ofNullable(copy.get(name));
    }
}
