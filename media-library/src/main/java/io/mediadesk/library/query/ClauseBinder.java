package io.mediadesk.library.query;

import static io.mediadesk.library.query.Operator.EQ;
import static io.mediadesk.library.query.Operator.EXISTS;
import static io.mediadesk.library.query.Operator.GE;
import static io.mediadesk.library.query.Operator.GT;
import static io.mediadesk.library.query.Operator.HAS;
import static io.mediadesk.library.query.Operator.IN;
import static io.mediadesk.library.query.Operator.LE;
import static io.mediadesk.library.query.Operator.LT;
import static io.mediadesk.library.query.Operator.PREFIX;

import io.mediadesk.library.InvalidValueException;
import io.mediadesk.library.asset.FolderPath;
import io.mediadesk.library.metadata.DateText;
import io.mediadesk.library.metadata.MetaValue;
import io.mediadesk.library.query.Field.Kind;
import io.mediadesk.library.query.Token.Type;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a field token, an operator and value tokens into a typed {@link Query.Clause}: which
 * operators each field takes (spec 3.2's table) and what its values must look like.
 */
final class ClauseBinder {
    private static final Map<Kind, Set<Operator>> OPERATORS = new EnumMap<>(Kind.class);
    private static final Set<Operator> ORDERED = EnumSet.of(EQ, LT, LE, GT, GE, IN);

    static {
        OPERATORS.put(Kind.NAME, EnumSet.of(EQ, PREFIX, IN, HAS));
        OPERATORS.put(Kind.TAGS, EnumSet.of(IN, EXISTS, HAS));
        OPERATORS.put(Kind.TYPE, EnumSet.of(EQ, IN));
        OPERATORS.put(Kind.ID, EnumSet.of(EQ, IN));
        for (Kind k : List.of(Kind.CREATED_AT, Kind.UPDATED_AT, Kind.WIDTH, Kind.HEIGHT, Kind.SIZE)) OPERATORS.put(k, ORDERED);
        OPERATORS.put(Kind.FORMAT, EnumSet.of(EQ, IN));
        OPERATORS.put(Kind.PATH, EnumSet.of(EQ, PREFIX, IN));
        OPERATORS.put(Kind.TRANSPARENCY, EnumSet.of(EQ));
        OPERATORS.put(Kind.CUSTOM, EnumSet.of(EQ, PREFIX, LT, LE, GT, GE, IN, EXISTS, HAS));
        OPERATORS.put(Kind.EMBEDDED, EnumSet.of(EQ, PREFIX, LT, LE, GT, GE, IN, EXISTS));
        OPERATORS.put(Kind.RATING, ORDERED);
        OPERATORS.put(Kind.LABEL, EnumSet.of(EQ, IN));
    }

    /** The service's format words (spec 3.2) plus the two more the local engine reads. */
    static final Set<String> FORMATS = Set.of("jpg", "webp", "png", "gif", "svg", "avif", "pdf", "js", "woff2", "woff", "ttf",
            "otf", "eot", "css", "txt", "mp4", "webm", "mov", "swf", "ts", "m3u8", "ico", "bmp", "tiff");
    private static final Set<String> TYPES = Set.of("file", "file-version", "folder");
    private static final Set<String> NOT_KEPT = Set.of("private", "published", "createdBy", "AITags");

    private final Clock clock;

    ClauseBinder(Clock clock) {
        this.clock = clock;
    }

    Query.Clause bind(Token fieldToken, Operator op, Token opToken, List<Token> values) {
        Field field = field(fieldToken);
        if (!OPERATORS.get(field.kind()).contains(op)) {
            throw QueryParser.error(field.spelling() + " does not take " + op.spelling() + " (it takes "
                    + spell(OPERATORS.get(field.kind())) + ")", opToken);
        }
        List<Operand> operands = new ArrayList<>();
        for (Token v : values) {
            operands.add(operand(field, op, v));
        }
        return new Query.Clause(field, op, operands);
    }

    private static Field field(Token t) {
        String name = t.text();
        for (Kind k : List.of(Kind.CUSTOM, Kind.EMBEDDED)) {
            String prefix = k.spelling() + ".";
            if (name.startsWith(prefix) && name.length() > prefix.length()) {
                if (!t.is(Type.STRING)) throw QueryParser.error("quote metadata fields as a whole: \"" + name + "\"", t);
                String key = name.substring(prefix.length());
                return k == Kind.CUSTOM ? Field.custom(key) : Field.embedded(key);
            }
        }
        Optional<Kind> builtin = Field.builtin(name);
        if (builtin.isPresent()) return Field.of(builtin.get());
        if (NOT_KEPT.contains(name)) throw QueryParser.error("the local library does not keep " + name + " yet", t);
        throw QueryParser.error("unknown field " + t.describe() + "; fields are name, tags, type, id, createdAt, updatedAt, "
                + "width, height, size, format, path, transparency, \"customMetadata.<field>\", \"embeddedMetadata.<key>\", "
                + "rating, label (the last two local only)", t);
    }

    private Operand operand(Field field, Operator op, Token v) {
        return switch (field.kind()) {
            case NAME -> name(op, v);
            case TAGS -> op == HAS ? name(op, v) : Operand.text(quoted(v));
            case ID -> Operand.text(quoted(v));
            case TYPE -> Operand.text(oneOf(quoted(v), TYPES, v));
            case FORMAT -> Operand.text(oneOf(format(quoted(v)), FORMATS, v));
            case PATH -> Operand.text(folder(v).value());
            case CREATED_AT, UPDATED_AT -> Operand.instant(date(v));
            case WIDTH, HEIGHT -> Operand.number(number(v));
            case SIZE -> Operand.number(ByteSize.parse(v));
            case TRANSPARENCY -> Operand.of(new MetaValue.Flag(flag(v)));
            case CUSTOM, EMBEDDED -> op == HAS ? name(op, v) : metadata(op, v);
            case RATING -> Operand.number(number(v));
            case LABEL -> Operand.text(label(v));
        };
    }

    private static Operand name(Operator op, Token v) {
        String text = quoted(v);
        if (op == HAS && NameWords.of(text).isEmpty()) throw QueryParser.error("HAS needs at least one word", v);
        return Operand.text(text);
    }

    private Operand metadata(Operator op, Token v) {
        if (v.is(Type.NUMBER)) return Operand.number(number(v));
        if (v.isWord("true") || v.isWord("false")) return Operand.of(new MetaValue.Flag(flag(v)));
        String text = quoted(v);
        if (op == PREFIX) return Operand.text(text);
        return new Operand(new MetaValue.Text(text), DateText.parse(text, clock));
    }

    private Instant date(Token v) {
        if (v.is(Type.NUMBER) && !v.text().matches("\\d{4}-\\d\\d-\\d\\d")) {
            throw QueryParser.error("expected a date such as \"2024-05-31\" or \"7d\", found " + v.describe(), v);
        }
        return DateText.parse(v.text(), clock).orElseThrow(() -> QueryParser.error(
                "expected an ISO 8601 date (\"2024-05-31\", \"2024-05-31T12:00:00\") or a relative one (\"1h\", \"2d\", \"3w\", \"4m\", \"2y\"), found "
                        + v.describe(), v));
    }

    private static FolderPath folder(Token v) {
        try {
            return FolderPath.parse(quoted(v));
        } catch (InvalidValueException e) {
            throw QueryParser.error(e.getMessage(), v);
        }
    }

    static double number(Token v) {
        if (!v.is(Type.NUMBER)) throw QueryParser.error("expected a number, found " + v.describe(), v);
        double d = Double.parseDouble(v.text());
        if (!Double.isFinite(d)) throw QueryParser.error("the number " + v.text() + " is too large", v);
        return d;
    }

    private static String label(Token v) {
        try {
            return io.mediadesk.library.asset.ColourLabel.parse(quoted(v)).wireName();
        } catch (InvalidValueException e) {
            throw QueryParser.error(e.getMessage(), v);
        }
    }

    private static boolean flag(Token v) {
        if (v.isWord("true") || v.isWord("false")) return Boolean.parseBoolean(v.text().toLowerCase(Locale.ROOT));
        throw QueryParser.error("expected true or false (unquoted), found " + v.describe(), v);
    }

    private static String quoted(Token v) {
        if (v.is(Type.STRING)) return v.text();
        throw QueryParser.error("text values go in double quotes: \"" + v.text() + "\"", v);
    }

    private static String format(String word) {
        String f = word.toLowerCase(Locale.ROOT);
        return f.equals("jpeg") ? "jpg" : f.equals("tif") ? "tiff" : f;
    }

    private static String oneOf(String value, Set<String> allowed, Token v) {
        if (allowed.contains(value)) return value;
        throw QueryParser.error(v.describe() + " is not one of " + new java.util.TreeSet<>(allowed), v);
    }

    private static String spell(Set<Operator> ops) {
        return String.join(" ", ops.stream().map(Operator::spelling).toList());
    }
}
