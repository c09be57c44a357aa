package io.mediadesk.library.ingest;

import io.mediadesk.library.asset.AssetId;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What happened to one input file.
 *
 * @param path the asset's file path in the library (imported), or the existing copy's (duplicate)
 * @param reason for a failure: the engine's rejection reason ({@code NOT_AN_IMAGE}, {@code TRUNCATED},
 *     ...) or {@code SYMLINK}, {@code CHANGED}, {@code STORE}
 * @param similar near-duplicates already in the library, with their perceptual-hash distance
 * @param warnings things that went wrong without failing the import (a thumbnail that could not be made)
 */
public record ImportItem(Path input, Status status, Optional<AssetId> id, Optional<String> path, Optional<String> reason,
        Optional<String> error, Map<AssetId, Integer> similar, List<String> warnings) {

    public enum Status { IMPORTED, DUPLICATE, FAILED }

    public ImportItem {
        similar = Map.copyOf(similar);
        warnings = List.copyOf(warnings);
    }

    static ImportItem imported(Path input, AssetId id, String path, Map<AssetId, Integer> similar, List<String> warnings) {
        return new ImportItem(input, Status.IMPORTED, Optional.of(id), Optional.of(path), Optional.empty(), Optional.empty(),
                similar, warnings);
    }

    static ImportItem duplicate(Path input, AssetId existing, String path) {
        return new ImportItem(input, Status.DUPLICATE, Optional.of(existing), Optional.of(path), Optional.empty(), Optional.empty(),
                Map.of(), List.of());
    }

    static ImportItem failed(Path input, String reason, String error) {
        return new ImportItem(input, Status.FAILED, Optional.empty(), Optional.empty(), Optional.of(reason), Optional.of(error),
                Map.of(), List.of());
    }

    /** This item with one more warning. */
    public ImportItem withWarning(String warning) {
        List<String> more = new java.util.ArrayList<>(warnings);
        more.add(warning);
        return new ImportItem(input, status, id, path, reason, error, similar, more);
    }
}
