package io.mediadesk.library.store.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOptions;
import io.mediadesk.library.asset.AssetId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;

/**
 * Near-duplicate pairs in {@code similar}: one document per recorded pair, keyed
 * {@code "<asset>:<other>"} so recording a pair again replaces it. Kept apart from the assets
 * because a pair belongs to two assets and grows with the library, not with one edit.
 */
final class SimilarPairs {
    private final MongoCollection<Document> similar;
    private final MongoCollection<Document> assets;

    SimilarPairs(MongoDatabase db) {
        this.similar = db.getCollection(CollectionNames.SIMILAR);
        this.assets = db.getCollection(CollectionNames.ASSETS);
    }

    /** Records the pairs whose other asset exists; unknown ones are skipped, as in SQLite. */
    void record(AssetId asset, Map<AssetId, Integer> others) {
        if (others.isEmpty()) return;
        Set<String> known = new HashSet<>();
        assets.find(Filters.in("_id", others.keySet().stream().map(AssetId::value).toList()))
                .projection(Projections.include("_id")).forEach(d -> known.add(d.getString("_id")));
        others.forEach((other, distance) -> {
            if (!known.contains(other.value())) return;
            String key = asset.value() + ":" + other.value();
            similar.replaceOne(Filters.eq("_id", key), new Document("_id", key).append("asset", asset.value())
                    .append("other", other.value()).append("distance", distance), new ReplaceOptions().upsert(true));
        });
    }

    /** The near-duplicates of {@code id}, whichever side recorded the pair, by distance then id. */
    Map<AssetId, Integer> of(AssetId id) {
        List<Map.Entry<AssetId, Integer>> pairs = new ArrayList<>();
        similar.find(Filters.or(Filters.eq("asset", id.value()), Filters.eq("other", id.value()))).forEach(d -> {
            String other = d.getString("asset").equals(id.value()) ? d.getString("other") : d.getString("asset");
            pairs.add(Map.entry(AssetId.of(other), d.getInteger("distance")));
        });
        pairs.sort(Map.Entry.<AssetId, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()));
        Map<AssetId, Integer> out = new LinkedHashMap<>();
        pairs.forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }
}
