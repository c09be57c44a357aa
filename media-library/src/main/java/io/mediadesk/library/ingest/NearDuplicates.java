package io.mediadesk.library.ingest;

import io.mediadesk.engine.render.PerceptualHash;
import io.mediadesk.library.asset.AssetId;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Near-duplicates by perceptual hash: a linear scan of 64-bit XOR and popcount, which does half
 * a million hashes in about a millisecond, so no index (BK-tree, LSH) is worth its complexity yet.
 */
final class NearDuplicates {
    private NearDuplicates() {
    }

    static Map<AssetId, Integer> within(long hash, Map<AssetId, Long> known, int maxDistance) {
        Map<AssetId, Integer> out = new LinkedHashMap<>();
        known.forEach((id, other) -> {
            int d = PerceptualHash.distance(hash, other);
            if (d <= maxDistance) out.put(id, d);
        });
        return out;
    }
}
