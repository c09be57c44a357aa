package io.mediadesk.sync.snapshot;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The base: one {@link BaseEntry} per paired item, by asset id, and our own record of which local
 * content hash each remote version holds (the service exposes no hash). A version we uploaded or
 * downloaded is in it; one made on the service by someone else is not until we download it.
 *
 * @param versionHashes content hash by {@code remoteId + "/" + versionId}
 */
public record BaseSnapshot(Map<String, BaseEntry> byLocalId, Map<String, String> versionHashes) {
    public static final BaseSnapshot EMPTY = new BaseSnapshot(Map.of(), Map.of());

    public BaseSnapshot {
        byLocalId = Collections.unmodifiableMap(new LinkedHashMap<>(byLocalId));
        versionHashes = Collections.unmodifiableMap(new LinkedHashMap<>(versionHashes));
    }

    public static BaseSnapshot of(Collection<BaseEntry> entries, Map<String, String> versionHashes) {
        Map<String, BaseEntry> map = new LinkedHashMap<>();
        for (BaseEntry e : entries) map.put(e.localId(), e);
        return new BaseSnapshot(map, versionHashes);
    }

    public static String versionKey(String remoteId, String versionId) {
        return remoteId + "/" + versionId;
    }

    /** The local hash this remote version holds, when we know it. */
    public Optional<String> hashOf(String remoteId, String versionId) {
        return Optional.ofNullable(versionHashes.get(versionKey(remoteId, versionId)));
    }

    public Collection<BaseEntry> entries() {
        return byLocalId.values();
    }

    public boolean isEmpty() {
        return byLocalId.isEmpty();
    }
}
