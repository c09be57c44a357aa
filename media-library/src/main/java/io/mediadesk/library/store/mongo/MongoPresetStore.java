package io.mediadesk.library.store.mongo;

import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import io.mediadesk.library.InvalidValueException;
import io.mediadesk.library.preset.Preset;
import io.mediadesk.library.preset.PresetVersion;
import io.mediadesk.library.preset.UnknownNameException;
import io.mediadesk.library.store.Actor;
import io.mediadesk.library.store.ConcurrentChangeException;
import io.mediadesk.library.store.PresetChange;
import io.mediadesk.library.store.PresetStore;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.types.ObjectId;

/**
 * Presets in the {@code presets} collection, one document per preset with its whole history in a
 * {@code history} array: a change and its version entry are one atomic single-document update
 * ({@code findOneAndUpdate({_id, version}, {$set, $push})}), so no transaction is needed and a
 * writer who read an older version changes nothing. The {@code _id} is stable across renames; the
 * unique index on {@code name} decides between two team members creating or renaming at once.
 * A version entry is about 200 bytes, so a document holds tens of thousands before MongoDB's 16 MB.
 */
final class MongoPresetStore implements PresetStore {
    private final MongoCollection<Document> presets;
    private final AuditTrail audit;
    private final String actor;
    private final Clock clock;
    private final MongoDatabase db;

    MongoPresetStore(MongoDatabase db, Actor actor, Clock clock) {
        this.db = db;
        this.presets = db.getCollection(CollectionNames.PRESETS);
        this.audit = new AuditTrail(db, actor.name());
        this.actor = actor.name();
        this.clock = clock;
    }

    @Override
    public PresetStore actingAs(Actor other) {
        return new MongoPresetStore(db, other, clock);
    }

    @Override
    public List<Preset> list(boolean deleted) {
        return MongoErrors.translated("cannot list presets", () -> {
            List<Preset> out = new ArrayList<>();
            presets.find(Filters.eq("deleted", deleted)).projection(Projections.exclude("history")).sort(Sorts.ascending("name"))
                    .forEach(d -> out.add(preset(d)));
            return out;
        });
    }

    @Override
    public Optional<Preset> find(String name) {
        return MongoErrors.translated("cannot read preset " + name,
                () -> Optional.ofNullable(presets.find(Filters.eq("name", name)).projection(Projections.exclude("history")).first())
                        .map(MongoPresetStore::preset));
    }

    @Override
    public Preset create(String name, String transformation, String description) {
        Optional<Preset> taken = find(name);
        if (taken.isPresent()) throw taken(name, taken.get().deleted());
        Instant now = clock.instant();
        Preset created = new Preset(name, transformation, description, 1, now, now, false);
        Document d = new Document("_id", new ObjectId().toHexString()).append("name", name)
                .append("transformation", transformation).append("description", description).append("version", 1)
                .append("deleted", false).append("createdAt", MetaValues.date(now)).append("updatedAt", MetaValues.date(now))
                .append("history", List.of(entry(created, now, "created")));
        try {
            presets.insertOne(d);
        } catch (MongoException e) {
            if (MongoErrors.duplicateKey(e)) throw taken(name, false);
            throw MongoErrors.translate("cannot create preset " + name, e);
        }
        MongoErrors.translated("cannot audit preset " + name, () -> {
            audit.append(now, "preset.create", null, name + " v1: " + transformation);
            return null;
        });
        return created;
    }

    @Override
    public Preset change(String name, int expectedVersion, PresetChange change) {
        Document current = MongoErrors.translated("cannot read preset " + name,
                () -> presets.find(Filters.eq("name", name)).projection(Projections.exclude("history")).first());
        if (current == null) throw new UnknownNameException("no preset named \"" + name + "\"");
        int version = current.getInteger("version");
        if (version != expectedVersion) throw conflict(name, expectedVersion, version);
        Instant now = clock.instant();
        int next = expectedVersion + 1;
        Preset changed = new Preset(change.name(), change.transformation(), change.description(), next,
                current.getDate("createdAt").toInstant(), now, change.deleted());
        Document after;
        try {
            after = presets.findOneAndUpdate(
                    Filters.and(Filters.eq("_id", current.getString("_id")), Filters.eq("version", expectedVersion)),
                    Updates.combine(Updates.set("name", change.name()), Updates.set("transformation", change.transformation()),
                            Updates.set("description", change.description()), Updates.set("deleted", change.deleted()),
                            Updates.set("updatedAt", MetaValues.date(now)), Updates.set("version", next),
                            Updates.push("history", entry(changed, now, change.label()))),
                    new FindOneAndUpdateOptions().projection(Projections.include("_id")).returnDocument(ReturnDocument.AFTER));
        } catch (MongoException e) {
            if (MongoErrors.duplicateKey(e)) throw taken(change.name(), false);
            throw MongoErrors.translate("cannot change preset " + name, e);
        }
        if (after == null) {
            int now2 = find(change.name()).or(() -> find(name)).map(Preset::version).orElse(-1);
            throw conflict(name, expectedVersion, now2);
        }
        MongoErrors.translated("cannot audit preset " + name, () -> {
            audit.append(now, change.action(), null, change.name() + " v" + next + " (" + change.label() + "): " + change.transformation());
            return null;
        });
        return changed;
    }

    @Override
    public List<PresetVersion> history(String name) {
        return MongoErrors.translated("cannot read the history of preset " + name, () -> {
            Document d = presets.find(Filters.eq("name", name)).projection(Projections.include("history")).first();
            List<PresetVersion> out = new ArrayList<>();
            if (d != null) {
                for (Document v : d.getList("history", Document.class)) {
                    out.add(new PresetVersion(v.getInteger("number"), v.getString("name"), v.getString("transformation"),
                            v.getString("description"), v.getDate("at").toInstant(), new Actor(v.getString("actor")), v.getString("change")));
                }
            }
            return out;
        });
    }

    private Document entry(Preset p, Instant at, String change) {
        return new Document("number", p.version()).append("name", p.name()).append("transformation", p.transformation())
                .append("description", p.description()).append("at", MetaValues.date(at)).append("actor", actor)
                .append("change", change);
    }

    private static Preset preset(Document d) {
        return new Preset(d.getString("name"), d.getString("transformation"), d.getString("description"), d.getInteger("version"),
                d.get("createdAt", Date.class).toInstant(), d.get("updatedAt", Date.class).toInstant(), d.getBoolean("deleted", false));
    }

    private static InvalidValueException taken(String name, boolean deleted) {
        return new InvalidValueException("name", "unique", "a preset named \"" + name + "\" already exists" + (deleted ? " (in the trash)" : ""));
    }

    private static ConcurrentChangeException conflict(String name, int expected, int actual) {
        return new ConcurrentChangeException("preset \"" + name + "\" changed meanwhile: you edited version " + expected
                + (actual > 0 ? ", it is at version " + actual + " now" : "") + "; read it again and redo your change");
    }
}
