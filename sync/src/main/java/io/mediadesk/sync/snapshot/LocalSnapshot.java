package io.mediadesk.sync.snapshot;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Every asset of the library, trashed ones included, by id. */
public record LocalSnapshot(Map<String, LocalFile> byId) {

    public LocalSnapshot {
        byId = Collections.unmodifiableMap(new LinkedHashMap<>(byId));
    }

    public static LocalSnapshot of(Collection<LocalFile> files) {
        Map<String, LocalFile> map = new LinkedHashMap<>();
        for (LocalFile f : files) {
            if (map.put(f.id(), f) != null) throw new IllegalArgumentException("two local files with id " + f.id());
        }
        return new LocalSnapshot(map);
    }

    public Optional<LocalFile> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Collection<LocalFile> files() {
        return byId.values();
    }

    public boolean isEmpty() {
        return byId.isEmpty();
    }
}
