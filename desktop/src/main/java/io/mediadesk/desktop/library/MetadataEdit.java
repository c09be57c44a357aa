package io.mediadesk.desktop.library;

import io.mediadesk.library.asset.Asset;
import io.mediadesk.library.asset.AssetId;
import io.mediadesk.library.metadata.MetaValue;
import io.mediadesk.library.metadata.MetadataSchema;
import io.mediadesk.library.store.AssetRepository;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Custom metadata set on some assets: each asset's whole map before and after, so undo restores
 * exactly what each one held, whatever the others held. Every asset's new map is checked against
 * the schema before the first write, so a value that breaks a rule changes nothing.
 *
 * @param fields the field names the user set or cleared, for the status line
 */
public record MetadataEdit(Collection<String> fields, Map<AssetId, Map<String, MetaValue>> before,
        Map<AssetId, Map<String, MetaValue>> after) implements Edit {

    /**
     * Sets each field in {@code changes} (an empty value clears it) on every asset in {@code ids}
     * and returns what changed; runs off the FX thread.
     *
     * @throws io.mediadesk.library.InvalidValueException naming the field and the rule, before any write
     */
    public static MetadataEdit apply(AssetRepository repository, Collection<AssetId> ids, Map<String, Optional<MetaValue>> changes) {
        MetadataSchema schema = repository.schema();
        Map<AssetId, Map<String, MetaValue>> before = new LinkedHashMap<>();
        Map<AssetId, Map<String, MetaValue>> after = new LinkedHashMap<>();
        for (AssetId id : ids) {
            Optional<Asset> found = repository.find(id);
            if (found.isEmpty()) continue;
            Map<String, MetaValue> now = new TreeMap<>(found.get().customMetadata());
            Map<String, MetaValue> next = new TreeMap<>(now);
            changes.forEach((name, value) -> value.ifPresentOrElse(v -> next.put(name, v), () -> next.remove(name)));
            Map<String, MetaValue> checked = schema.complete(next);
            if (checked.equals(now)) continue;
            before.put(id, now);
            after.put(id, checked);
        }
        MetadataEdit edit = new MetadataEdit(java.util.List.copyOf(changes.keySet()), before, after);
        edit.redo(repository);
        return edit;
    }

    public boolean isEmpty() {
        return after.isEmpty();
    }

    @Override
    public String description() {
        int n = after.size();
        return "set " + String.join(", ", fields) + " on " + n + (n == 1 ? " asset" : " assets");
    }

    @Override
    public void undo(AssetRepository repository) {
        before.forEach(repository::setCustomMetadata);
    }

    @Override
    public void redo(AssetRepository repository) {
        after.forEach(repository::setCustomMetadata);
    }
}
