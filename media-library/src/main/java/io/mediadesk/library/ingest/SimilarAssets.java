package io.mediadesk.library.ingest;

import io.mediadesk.library.asset.Asset;
import io.mediadesk.library.asset.AssetId;
import io.mediadesk.library.store.AssetRepository;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * "Find similar": the assets whose perceptual hash lies within a Hamming distance of one asset's,
 * nearest first (ties by id). Up to the distance import records ({@link ImportOptions#DEFAULT},
 * 6 of 64 bits) the stored pairs answer; above it the asset's hash is compared with every hash
 * in the catalog on demand ({@link NearDuplicates}: a linear XOR-and-popcount scan; reading the
 * hashes dominates, about 0.2 s for 100,000 in docs/BENCHMARKS.md). Assets in the trash are left out.
 */
public final class SimilarAssets {
    /** One near-duplicate and how many of the 64 hash bits differ. */
    public record Match(Asset asset, int distance) {
    }

    private SimilarAssets() {
    }

    public static List<Match> of(AssetRepository repo, AssetId id, int maxDistance) {
        if (maxDistance < 0 || maxDistance > 64) {
            throw new io.mediadesk.library.InvalidValueException("distance", "range", "a hash distance is 0 to 64 bits, not " + maxDistance);
        }
        Asset asset = repo.find(id).orElseThrow(() -> new io.mediadesk.library.InvalidValueException("id", "missing",
                "there is no asset " + id));
        Map<AssetId, Integer> found = new HashMap<>();
        repo.similar(id).forEach((other, d) -> {
            if (d <= maxDistance) found.put(other, d);
        });
        if (maxDistance > ImportOptions.DEFAULT.nearDuplicateDistance()) {
            long hash = asset.perceptualHash().orElseThrow(() -> new io.mediadesk.library.InvalidValueException("id", "noHash",
                    "asset " + id + " has no perceptual hash (its image could not be decoded at import), so nothing is similar to it"));
            NearDuplicates.within(hash, repo.perceptualHashes(), maxDistance).forEach((other, d) -> {
                if (!other.equals(id)) found.merge(other, d, Math::min);
            });
        }
        List<Match> out = new ArrayList<>();
        found.forEach((other, d) -> repo.find(other).filter(a -> !a.trashed()).ifPresent(a -> out.add(new Match(a, d))));
        out.sort(Comparator.comparingInt(Match::distance).thenComparing(m -> m.asset().id()));
        return out;
    }
}
