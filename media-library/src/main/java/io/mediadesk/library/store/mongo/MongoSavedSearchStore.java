package io.mediadesk.library.store.mongo;

import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import io.mediadesk.library.InvalidValueException;
import io.mediadesk.library.preset.SavedSearch;
import io.mediadesk.library.preset.UnknownNameException;
import io.mediadesk.library.query.SortKey;
import io.mediadesk.library.store.Actor;
import io.mediadesk.library.store.ConcurrentChangeException;
import io.mediadesk.library.store.SavedSearchStore;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;

/**
 * Saved searches in the {@code savedSearches} collection, {@code _id} the name (so a name is saved
 * once), with a {@code version} field: a replace is {@code updateOne({_id, version})}, one atomic write.
 */
final class MongoSavedSearchStore implements SavedSearchStore {
    private final MongoCollection<Document> searches;
    private final AuditTrail audit;
    private final Clock clock;

    MongoSavedSearchStore(MongoDatabase db, Actor actor, Clock clock) {
        this.searches = db.getCollection(CollectionNames.SAVED_SEARCHES);
        this.audit = new AuditTrail(db, actor.name());
        this.clock = clock;
    }

    @Override
    public List<SavedSearch> list() {
        return MongoErrors.translated("cannot list saved searches", () -> {
            List<SavedSearch> out = new ArrayList<>();
            searches.find().sort(Sorts.ascending("_id")).forEach(d -> out.add(search(d)));
            return out;
        });
    }

    @Override
    public Optional<SavedSearch> find(String name) {
        return MongoErrors.translated("cannot read saved search " + name,
                () -> Optional.ofNullable(searches.find(Filters.eq("_id", name)).first()).map(MongoSavedSearchStore::search));
    }

    @Override
    public SavedSearch save(String name, String query, SortKey sort, int expectedVersion) {
        Instant now = clock.instant();
        SavedSearch saved;
        try {
            if (expectedVersion == 0) {
                saved = new SavedSearch(name, query, sort, 1, now, now);
                searches.insertOne(new Document("_id", name).append("query", query).append("sort", sort.name()).append("version", 1)
                        .append("createdAt", MetaValues.date(now)).append("updatedAt", MetaValues.date(now)));
            } else {
                long changed = searches.updateOne(Filters.and(Filters.eq("_id", name), Filters.eq("version", expectedVersion)),
                        Updates.combine(Updates.set("query", query), Updates.set("sort", sort.name()),
                                Updates.set("version", expectedVersion + 1), Updates.set("updatedAt", MetaValues.date(now))))
                        .getModifiedCount();
                SavedSearch now2 = find(name).orElseThrow(() -> new UnknownNameException("no saved search named \"" + name + "\""));
                if (changed == 0) {
                    throw new ConcurrentChangeException("saved search \"" + name + "\" changed meanwhile: you edited version "
                            + expectedVersion + ", it is at version " + now2.version() + " now");
                }
                saved = now2;
            }
        } catch (MongoException e) {
            if (MongoErrors.duplicateKey(e)) {
                throw new InvalidValueException("name", "unique", "a saved search named \"" + name + "\" already exists");
            }
            throw MongoErrors.translate("cannot save search " + name, e);
        }
        MongoErrors.translated("cannot audit saved search " + name, () -> {
            audit.append(now, "search.save", null, name + " v" + saved.version() + ": " + query + " " + sort);
            return null;
        });
        return saved;
    }

    @Override
    public boolean delete(String name) {
        return MongoErrors.translated("cannot delete saved search " + name, () -> {
            if (searches.deleteOne(Filters.eq("_id", name)).getDeletedCount() == 0) return false;
            audit.append(clock.instant(), "search.delete", null, name);
            return true;
        });
    }

    private static SavedSearch search(Document d) {
        return new SavedSearch(d.getString("_id"), d.getString("query"), SortKey.valueOf(d.getString("sort")), d.getInteger("version"),
                d.get("createdAt", Date.class).toInstant(), d.get("updatedAt", Date.class).toInstant());
    }
}
