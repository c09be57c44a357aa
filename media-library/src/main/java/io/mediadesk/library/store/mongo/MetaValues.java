package io.mediadesk.library.store.mongo;

import io.mediadesk.library.metadata.MetaValue;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;

/**
 * Metadata values as native BSON: text a string, number a double, boolean a boolean, date a BSON
 * date (milliseconds, as SQLite keeps them), a list an array. Native types are what make queries
 * right: MongoDB compares only values of the same type ("type bracketing"), which is exactly the
 * reference rule that a scalar matches only an operand of its own kind.
 */
final class MetaValues {
    private MetaValues() {
    }

    static Object toBson(MetaValue v) {
        if (v instanceof MetaValue.Text t) return t.value();
        if (v instanceof MetaValue.Num n) return n.value();
        if (v instanceof MetaValue.Flag f) return f.value();
        if (v instanceof MetaValue.Moment m) return Date.from(m.value());
        return ((MetaValue.Many) v).values().stream().map(MetaValues::toBson).toList();
    }

    static MetaValue fromBson(Object o) {
        if (o instanceof String s) return new MetaValue.Text(s);
        if (o instanceof Boolean b) return new MetaValue.Flag(b);
        if (o instanceof Number n) return new MetaValue.Num(n.doubleValue());
        if (o instanceof Date d) return new MetaValue.Moment(d.toInstant());
        if (o instanceof List<?> list) return new MetaValue.Many(list.stream().map(MetaValues::fromBson).toList());
        throw new IllegalStateException("not a metadata value in the catalog: " + o);
    }

    /**
     * A map of values as a sub-document. An empty list is left out, as SQLite (one row per scalar)
     * cannot keep it either: both stores then agree that the field has no value.
     */
    static Document toDocument(Map<String, MetaValue> values) {
        Document d = new Document();
        values.forEach((k, v) -> {
            if (!v.scalars().isEmpty()) d.append(k, toBson(v));
        });
        return d;
    }

    static Map<String, MetaValue> fromDocument(Document d) {
        Map<String, MetaValue> out = new LinkedHashMap<>();
        if (d != null) d.forEach((k, v) -> out.put(k, fromBson(v)));
        return out;
    }

    /** Milliseconds, as every date of the catalog is kept. */
    static Date date(Instant at) {
        return new Date(at.toEpochMilli());
    }
}
