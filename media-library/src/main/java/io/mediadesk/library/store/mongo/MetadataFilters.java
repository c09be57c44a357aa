package io.mediadesk.library.store.mongo;

import com.mongodb.client.model.Filters;
import io.mediadesk.library.metadata.MetaValue;
import io.mediadesk.library.query.Operand;
import io.mediadesk.library.query.Operator;
import io.mediadesk.library.query.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.bson.BsonBoolean;
import org.bson.BsonDateTime;
import org.bson.BsonDouble;
import org.bson.BsonString;
import org.bson.conversions.Bson;

/**
 * Metadata clauses on {@code custom.<key>} and {@code embedded.<key>}. A clause holds when some
 * stored scalar matches some operand of its own kind; MongoDB gives both halves for free: a
 * comparison on an array field holds when some element holds, and comparisons only ever match
 * values of the operand's BSON type. So each operand becomes one comparison per reading (a text
 * that reads as a date is tried as a string and as a date) and the clause is their {@code $or}.
 * Mirrors {@code QueryEvaluator.scalar} and {@code store.sqlite.MetadataSql}.
 */
final class MetadataFilters {
    /**
     * Field names as custom fields allow them. A key from a query is only ever used as a path when
     * it has this shape, so {@code "customMetadata.a.b"} or a {@code $} cannot reach another
     * path; any other key names no stored field and matches nothing, as in the reference.
     */
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{1,100}");

    private MetadataFilters() {
    }

    static Bson clause(String root, Query.Clause c) {
        if (!KEY.matcher(c.field().key()).matches()) return FilterCompiler.FALSE;
        String path = root + "." + c.field().key();
        if (c.op() == Operator.EXISTS) return Filters.exists(path);
        if (c.op() == Operator.HAS) {
            // Only custom metadata takes HAS (ClauseBinder); its words live in customWords.<key>.
            return FilterCompiler.words(AssetDocuments.CUSTOM_WORDS + "." + c.field().key(),
                    io.mediadesk.library.query.NameWords.of(c.value().text()));
        }
        List<Bson> any = new ArrayList<>();
        for (Operand v : c.values()) any.addAll(operand(path, c.op(), v));
        if (any.isEmpty()) return FilterCompiler.FALSE;
        return any.size() == 1 ? any.get(0) : Filters.or(any);
    }

    private static List<Bson> operand(String path, Operator op, Operand v) {
        List<Bson> out = new ArrayList<>();
        if (v.value() instanceof MetaValue.Text t) {
            if (op == Operator.PREFIX) return List.of(FilterCompiler.prefix(path, t.value()));
            out.add(FilterCompiler.compare(path, op, new BsonString(t.value())));
        } else if (v.value() instanceof MetaValue.Num n && op != Operator.PREFIX) {
            out.add(FilterCompiler.compare(path, op, new BsonDouble(n.value())));
        } else if (v.value() instanceof MetaValue.Flag f && (op == Operator.EQ || op == Operator.IN)) {
            out.add(Filters.eq(path, BsonBoolean.valueOf(f.value())));
        }
        if (op != Operator.PREFIX && v.date().isPresent()) {
            out.add(FilterCompiler.compare(path, op, new BsonDateTime(v.date().get().toEpochMilli())));
        }
        return out;
    }
}
