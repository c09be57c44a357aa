package io.mediadesk.desktop.library;

import io.mediadesk.library.asset.Asset;
import io.mediadesk.library.asset.AssetId;
import io.mediadesk.library.asset.Tag;
import io.mediadesk.library.store.AssetRepository;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Tags added to or removed from some assets, remembering per tag only the assets it actually
 * changed: undoing a bulk add leaves the tag on the assets that had it before.
 *
 * @param added true for an add, false for a removal
 * @param changed per tag, the assets that gained (or lost) it
 */
public record TagEdit(boolean added, Map<Tag, List<AssetId>> changed) implements Edit {

    public TagEdit {
        changed = Map.copyOf(changed);
    }

    /** Adds {@code tags} to {@code ids} and returns what changed; runs off the FX thread. */
    public static TagEdit add(AssetRepository repository, Collection<AssetId> ids, Collection<Tag> tags) {
        return apply(repository, ids, tags, true);
    }

    /** Removes {@code tags} from {@code ids} and returns what changed; runs off the FX thread. */
    public static TagEdit remove(AssetRepository repository, Collection<AssetId> ids, Collection<Tag> tags) {
        return apply(repository, ids, tags, false);
    }

    private static TagEdit apply(AssetRepository repository, Collection<AssetId> ids, Collection<Tag> tags, boolean add) {
        Map<Tag, List<AssetId>> changed = new LinkedHashMap<>();
        List<Asset> assets = ids.stream().map(repository::find).flatMap(Optional::stream).toList();
        for (Tag tag : tags) {
            List<AssetId> touched = assets.stream().filter(a -> a.tags().contains(tag) != add).map(Asset::id).toList();
            if (!touched.isEmpty()) changed.put(tag, touched);
        }
        TagEdit edit = new TagEdit(add, changed);
        edit.redo(repository);
        return edit;
    }

    /** How many assets gained (or lost) at least one tag. */
    public int assets() {
        Set<AssetId> all = new HashSet<>();
        changed.values().forEach(all::addAll);
        return all.size();
    }

    public boolean isEmpty() {
        return changed.isEmpty();
    }

    @Override
    public String description() {
        String names = changed.keySet().stream().map(t -> "\"" + t.value() + "\"").sorted().collect(Collectors.joining(", "));
        int n = assets();
        return (added ? "added " + names + " to " : "removed " + names + " from ") + n + (n == 1 ? " asset" : " assets");
    }

    @Override
    public void undo(AssetRepository repository) {
        change(repository, !added);
    }

    @Override
    public void redo(AssetRepository repository) {
        change(repository, added);
    }

    private void change(AssetRepository repository, boolean add) {
        changed.forEach((tag, ids) -> {
            if (add) {
                repository.addTags(new ArrayList<>(ids), List.of(tag));
            } else {
                repository.removeTags(new ArrayList<>(ids), List.of(tag));
            }
        });
    }
}
