package io.mediadesk.library.store.mongo;

import com.mongodb.client.model.Filters;
import io.mediadesk.library.asset.FolderPath;
import io.mediadesk.library.metadata.MetaValue;
import io.mediadesk.library.query.NameWords;
import io.mediadesk.library.query.Operand;
import io.mediadesk.library.query.Operator;
import io.mediadesk.library.query.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.bson.BsonBoolean;
import org.bson.BsonDateTime;
import org.bson.BsonDouble;
import org.bson.BsonString;
import org.bson.BsonValue;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Compiles a {@link Query} into a MongoDB filter over {@code assets}, with the meaning of
 * {@code QueryEvaluator} clause by clause (the differential test holds the three stores together).
 * Every value travels as a typed BSON value built here; text that must go into a pattern (the
 * {@code :} prefixes and {@code HAS} words) is escaped character by character, so no query can
 * smuggle in an operator or a regex. Metadata clauses are in {@link MetadataFilters}.
 */
final class FilterCompiler {
    /** Matches every document ({@code {}}). */
    static final Bson TRUE = new Document();
    /** Matches none: {@code _id IN []}. mongo-java-server has no {@code $expr: false} in find. */
    static final Bson FALSE = Filters.in(AssetDocuments.ID, List.<BsonValue>of());

    private FilterCompiler() {
    }

    static Bson compile(Query q) {
        if (q instanceof Query.All) return TRUE;
        if (q instanceof Query.And and) return and.parts().isEmpty() ? TRUE : Filters.and(parts(and.parts()));
        if (q instanceof Query.Or or) return or.parts().isEmpty() ? FALSE : Filters.or(parts(or.parts()));
        // $nor of one filter is "does not match", whatever the filter looks at; $not only takes operators.
        if (q instanceof Query.Not not) return Filters.nor(compile(not.part()));
        return clause((Query.Clause) q);
    }

    private static List<Bson> parts(List<Query> parts) {
        return parts.stream().map(FilterCompiler::compile).toList();
    }

    private static Bson clause(Query.Clause c) {
        return switch (c.field().kind()) {
            case NAME -> name(c);
            case TAGS -> c.op() == Operator.EXISTS ? Filters.exists(AssetDocuments.TAGS + ".0")
                    : c.op() == Operator.HAS ? words(AssetDocuments.TAG_WORDS, NameWords.of(c.value().text()))
                    : Filters.in(AssetDocuments.TAGS, values(c, v -> new BsonString(v.text())));
            case TYPE -> c.values().stream().anyMatch(v -> v.text().equals("file")) ? TRUE : FALSE;
            case ID -> compare(AssetDocuments.ID, c, v -> new BsonString(v.text()));
            case CREATED_AT -> compare(AssetDocuments.CREATED, c, v -> new BsonDateTime(v.instant().toEpochMilli()));
            case UPDATED_AT -> compare(AssetDocuments.UPDATED, c, v -> new BsonDateTime(v.instant().toEpochMilli()));
            case WIDTH -> compare("width", c, v -> new BsonDouble(v.number()));
            case HEIGHT -> compare("height", c, v -> new BsonDouble(v.number()));
            case SIZE -> compare("size", c, v -> new BsonDouble(v.number()));
            case FORMAT -> compare("format", c, v -> new BsonString(v.text()));
            case PATH -> c.op() == Operator.PREFIX ? prefix(AssetDocuments.FOLDER, FolderPath.parse(c.value().text()).value())
                    : compare(AssetDocuments.FOLDER, c, v -> new BsonString(v.text()));
            case TRANSPARENCY -> Filters.eq("hasAlpha", BsonBoolean.valueOf(((MetaValue.Flag) c.value().value()).value()));
            case RATING -> compare(AssetDocuments.RATING, c, v -> new BsonDouble(v.number()));
            case LABEL -> compare(AssetDocuments.LABEL, c, v -> new BsonString(v.text()));
            case CUSTOM -> MetadataFilters.clause(AssetDocuments.CUSTOM, c);
            case EMBEDDED -> MetadataFilters.clause(AssetDocuments.EMBEDDED, c);
        };
    }

    private static Bson name(Query.Clause c) {
        return switch (c.op()) {
            case PREFIX -> prefix(AssetDocuments.NAME, c.value().text());
            case HAS -> words(AssetDocuments.NAME_WORDS, NameWords.of(c.value().text()));
            default -> compare(AssetDocuments.NAME, c, v -> new BsonString(v.text()));
        };
    }

    /** Every word but the last as a whole word (" red "), the last as a word start (" dr"), as in SQLite. */
    static Bson words(String field, List<String> words) {
        List<Bson> all = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String needle = " " + words.get(i) + (i < words.size() - 1 ? " " : "");
            all.add(Filters.regex(field, literal(needle)));
        }
        return Filters.and(all);
    }

    /** A case-sensitive prefix as an anchored regex, which MongoDB serves from an index like a range. */
    static Bson prefix(String field, String p) {
        return Filters.regex(field, "^" + literal(p));
    }

    /** {@code field op value}, or {@code field IN [...]}; IN and = take one operand per value. */
    static Bson compare(String field, Query.Clause c, Function<Operand, BsonValue> bson) {
        if (c.op() == Operator.IN) return Filters.in(field, values(c, bson));
        return compare(field, c.op(), bson.apply(c.value()));
    }

    static Bson compare(String field, Operator op, BsonValue v) {
        return switch (op) {
            case EQ, IN -> Filters.eq(field, v);
            case LT -> Filters.lt(field, v);
            case LE -> Filters.lte(field, v);
            case GT -> Filters.gt(field, v);
            case GE -> Filters.gte(field, v);
            default -> throw new IllegalStateException(op + " is not a comparison");
        };
    }

    private static List<BsonValue> values(Query.Clause c, Function<Operand, BsonValue> bson) {
        return c.values().stream().map(bson).toList();
    }

    /**
     * Text as a regex that matches exactly that text: every ASCII character other than a letter or
     * digit is escaped with a backslash, which both PCRE (MongoDB) and java.util.regex
     * (mongo-java-server) read as the character itself. Other characters are never special.
     */
    static String literal(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (cp < 128 && !Character.isLetterOrDigit(cp)) out.append('\\');
            out.appendCodePoint(cp);
        });
        return out.toString();
    }
}
