package io.mediadesk.library.store.mongo;

import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import io.mediadesk.library.InvalidValueException;
import io.mediadesk.library.metadata.CustomField;
import io.mediadesk.library.metadata.FieldSchema;
import io.mediadesk.library.metadata.FieldType;
import io.mediadesk.library.metadata.MetaValue;
import io.mediadesk.library.metadata.MetadataSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.Document;

/**
 * Custom metadata field definitions in {@code fields}, one document per field keyed by its name,
 * so the unique {@code _id} alone keeps a name from ever being defined twice, even by two team
 * members at once. Values of the schema (default, bounds, options) are native BSON like the
 * assets' own values. A deleted field keeps its document (and its name) with {@code deleted: true}.
 */
final class FieldDocuments {
    private final MongoCollection<Document> fields;

    FieldDocuments(MongoDatabase db) {
        this.fields = db.getCollection(CollectionNames.FIELDS);
    }

    void insert(CustomField f) {
        Document taken = fields.find(Filters.or(Filters.eq("_id", f.name()),
                Filters.and(Filters.eq("label", f.label()), Filters.eq("deleted", false)))).first();
        if (taken != null) throw taken(f, taken.getString("_id").equals(f.name()));
        try {
            fields.insertOne(toDocument(f));
        } catch (MongoException e) {
            if (MongoErrors.duplicateKey(e)) throw taken(f, true);
            throw e;
        }
    }

    private static InvalidValueException taken(CustomField f, boolean sameName) {
        return new InvalidValueException(f.name(), sameName ? "name" : "label", sameName
                ? "A custom metadata field with this name already exists."
                : "a custom metadata field labelled \"" + f.label() + "\" already exists");
    }

    MetadataSchema read() {
        List<CustomField> out = new ArrayList<>();
        fields.find(Filters.eq("deleted", false)).sort(Sorts.ascending("_id")).forEach(d -> out.add(fromDocument(d)));
        return MetadataSchema.of(out);
    }

    private static Document toDocument(CustomField f) {
        FieldSchema s = f.schema();
        Document d = new Document("_id", f.name()).append("label", f.label()).append("type", s.type().wireName())
                .append("required", s.required());
        s.defaultValue().ifPresent(v -> d.append("defaultValue", MetaValues.toBson(v)));
        s.minValue().ifPresent(v -> d.append("minValue", MetaValues.toBson(v)));
        s.maxValue().ifPresent(v -> d.append("maxValue", MetaValues.toBson(v)));
        s.minLength().ifPresent(v -> d.append("minLength", v));
        s.maxLength().ifPresent(v -> d.append("maxLength", v));
        return d.append("selectOptions", s.selectOptions().stream().map(MetaValues::toBson).toList()).append("deleted", false);
    }

    private static CustomField fromDocument(Document d) {
        List<MetaValue> options = new ArrayList<>();
        d.getList("selectOptions", Object.class, List.of()).forEach(o -> options.add(MetaValues.fromBson(o)));
        FieldSchema s = new FieldSchema(FieldType.fromWire(d.getString("type")), d.getBoolean("required", false),
                value(d, "defaultValue"), value(d, "minValue"), value(d, "maxValue"),
                Optional.ofNullable(d.getInteger("minLength")), Optional.ofNullable(d.getInteger("maxLength")), options);
        return new CustomField(d.getString("_id"), d.getString("label"), s);
    }

    private static Optional<MetaValue> value(Document d, String key) {
        return Optional.ofNullable(d.get(key)).map(MetaValues::fromBson);
    }
}
