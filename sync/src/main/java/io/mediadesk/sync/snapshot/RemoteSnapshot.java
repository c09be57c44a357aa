package io.mediadesk.sync.snapshot;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Every file of the account, by file id. Only a listing read to its end becomes a snapshot: a
 * listing that failed part way never reaches the planner, so a missing page cannot look like deletes.
 */
public record RemoteSnapshot(Map<String, RemoteEntry> byId) {

    public RemoteSnapshot {
        byId = Collections.unmodifiableMap(new LinkedHashMap<>(byId));
    }

    public static RemoteSnapshot of(Collection<RemoteEntry> entries) {
        Map<String, RemoteEntry> map = new LinkedHashMap<>();
        for (RemoteEntry e : entries) {
            // A listing page that arrives twice (a stale page after a write) repeats a file; the later copy wins.
            map.put(e.id(), e);
        }
        return new RemoteSnapshot(map);
    }

    public Optional<RemoteEntry> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Collection<RemoteEntry> entries() {
        return byId.values();
    }

    public boolean isEmpty() {
        return byId.isEmpty();
    }
}
