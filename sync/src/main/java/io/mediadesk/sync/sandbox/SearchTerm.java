package io.mediadesk.sync.sandbox;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The meaning of one {@code field OP value} term. Supported: {@code name}, {@code type}, {@code id},
 * {@code path}, {@code tags}, {@code format}, {@code createdAt}/{@code updatedAt} (ISO or relative
 * {@code "7d"}), {@code size} ({@code "2mb"}), {@code width}, {@code height}, {@code private},
 * {@code published}, {@code transparency} and {@code "customMetadata.<field>"}. Anything else is a
 * 400 that says what the sandbox does not support, never a silent empty result.
 */
final class SearchTerm {
    private static final Set<String> TEXT_OPS = Set.of("=", ":", "IN", "NOT =", "NOT IN", "NOT :", "HAS");
    private static final Set<String> ORDER_OPS = Set.of("=", "<", "<=", ">", ">=", "IN", "NOT =", "NOT IN");

    private SearchTerm() {
    }

    static Predicate<Item> compile(String field, String op, Object value, Clock clock) {
        return switch (field) {
            case "name" -> text(field, op, value, Item::name);
            case "type" -> text(field, op, value, Item::type);
            case "id" -> text(field, op, value, Item::id);
            case "format" -> text(field, op, value, i -> i.version() == null ? "" : i.version().format);
            case "path" -> path(op, value);
            case "tags" -> tags(op, value);
            case "createdAt", "updatedAt" -> ordered(field, op, value, v -> date(v, clock),
                    i -> Instant.parse(field.equals("createdAt") ? i.createdAt() : i.updatedAt()));
            case "size" -> ordered(field, op, value, SearchTerm::bytes, i -> BigDecimal.valueOf(i.size()));
            case "width", "height" -> ordered(field, op, value, SearchTerm::number,
                    i -> BigDecimal.valueOf(field.equals("width") ? i.width() : i.height()));
            case "private", "published", "transparency" -> flag(field, op, value);
            default -> field.startsWith("customMetadata.") ? custom(field.substring(15), op, value)
                    : unsupported("the field '" + field + "'");
        };
    }

    private static Predicate<Item> text(String field, String op, Object value, Function<Item, String> of) {
        require(field, op, TEXT_OPS);
        return switch (op) {
            case "=" -> i -> of.apply(i).equals(string(value));
            case ":" -> i -> of.apply(i).startsWith(string(value));
            case "NOT :" -> i -> !of.apply(i).startsWith(string(value));
            case "NOT =" -> i -> !of.apply(i).equals(string(value));
            case "IN" -> i -> list(value).contains(of.apply(i));
            case "NOT IN" -> i -> !list(value).contains(of.apply(i));
            default -> i -> has(of.apply(i), string(value));
        };
    }

    /** {@code path = "/a"}: directly in folder /a; {@code path : "/a"}: anywhere under it. */
    private static Predicate<Item> path(String op, Object value) {
        require("path", op, Set.of("=", ":", "IN", "NOT =", "NOT IN"));
        Function<Object, String> folder = v -> Names.folderPath(string(v));
        return switch (op) {
            case "=" -> i -> i.parent().equals(folder.apply(value));
            case ":" -> i -> i.parent().startsWith(folder.apply(value));
            case "NOT =" -> i -> !i.parent().equals(folder.apply(value));
            case "IN" -> i -> list(value).stream().map(folder).anyMatch(i.parent()::equals);
            default -> i -> list(value).stream().map(folder).noneMatch(i.parent()::equals);
        };
    }

    private static Predicate<Item> tags(String op, Object value) {
        require("tags", op, Set.of("IN", "NOT IN", "EXISTS", "NOT EXISTS", "HAS"));
        return switch (op) {
            case "IN" -> i -> i.allTags().stream().anyMatch(list(value)::contains);
            case "NOT IN" -> i -> i.allTags().stream().noneMatch(list(value)::contains);
            case "EXISTS" -> i -> !i.allTags().isEmpty();
            case "NOT EXISTS" -> i -> i.allTags().isEmpty();
            default -> i -> i.allTags().stream().anyMatch(t -> has(t, string(value)));
        };
    }

    private static <T extends Comparable<T>> Predicate<Item> ordered(String field, String op, Object value,
            Function<Object, T> parse, Function<Item, T> of) {
        require(field, op, ORDER_OPS);
        if (op.endsWith("IN")) {
            List<T> values = list(value).stream().map(parse).toList();
            return op.equals("IN") ? i -> values.contains(of.apply(i)) : i -> !values.contains(of.apply(i));
        }
        T target = parse.apply(value);
        return i -> {
            int c = of.apply(i).compareTo(target);
            return switch (op) {
                case "=" -> c == 0;
                case "NOT =" -> c != 0;
                case "<" -> c < 0;
                case "<=" -> c <= 0;
                case ">" -> c > 0;
                default -> c >= 0;
            };
        };
    }

    private static Predicate<Item> flag(String field, String op, Object value) {
        require(field, op, Set.of("="));
        if (!(value instanceof Boolean wanted)) {
            throw SearchQuery.invalid(field + " takes true or false, unquoted");
        }
        return i -> i.version() != null && wanted == switch (field) {
            case "private" -> i.version().isPrivate;
            case "published" -> i.version().isPublished;
            default -> i.version().hasAlpha;
        };
    }

    private static Predicate<Item> custom(String name, String op, Object value) {
        Function<Item, Object> of = i -> i.customMetadata().get(name);
        return switch (op) {
            case "=" -> i -> MetadataValues.same(plain(value), of.apply(i));
            case "NOT =" -> i -> !MetadataValues.same(plain(value), of.apply(i));
            case ":" -> i -> of.apply(i) instanceof String s && s.startsWith(string(value));
            case "IN", "NOT IN" -> i -> op.equals("IN") == list(value).stream().anyMatch(v -> containsValue(of.apply(i), v));
            case "<", "<=", ">", ">=" -> i -> of.apply(i) instanceof Number n && compares(MetadataValues.decimal(n), op, number(value));
            case "EXISTS" -> i -> of.apply(i) != null;
            case "NOT EXISTS" -> i -> of.apply(i) == null;
            default -> unsupported("the operator " + op + " on customMetadata");
        };
    }

    private static boolean containsValue(Object stored, Object wanted) {
        if (stored instanceof List<?> many) {
            return many.stream().anyMatch(s -> MetadataValues.same(s, plain(wanted)));
        }
        return MetadataValues.same(stored, plain(wanted));
    }

    private static boolean compares(BigDecimal a, String op, BigDecimal b) {
        int c = a.compareTo(b);
        return op.equals("<") ? c < 0 : op.equals("<=") ? c <= 0 : op.equals(">") ? c > 0 : c >= 0;
    }

    /** Case-insensitive word match; the last word matches as a prefix (spec 3.2, {@code HAS}). */
    private static boolean has(String text, String query) {
        List<String> words = List.of(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"));
        String[] wanted = query.toLowerCase(Locale.ROOT).trim().split("\\s+");
        for (int k = 0; k < wanted.length; k++) {
            String w = wanted[k];
            boolean last = k == wanted.length - 1;
            if (words.stream().noneMatch(x -> last ? x.startsWith(w) : x.equals(w))) {
                return false;
            }
        }
        return true;
    }

    private static Instant date(Object value, Clock clock) {
        String text = string(value);
        java.util.regex.Matcher relative = java.util.regex.Pattern.compile("(\\d+)([hdwmy])").matcher(text);
        if (relative.matches()) {
            long n = Long.parseLong(relative.group(1));
            var now = clock.instant().atOffset(ZoneOffset.UTC);
            var then = switch (relative.group(2)) {
                case "h" -> now.minusHours(n);
                case "d" -> now.minusDays(n);
                case "w" -> now.minusWeeks(n);
                case "m" -> now.minusMonths(n);
                default -> now.minusYears(n);
            };
            return then.toInstant();
        }
        return Dates.parse(text).map(i -> i.truncatedTo(ChronoUnit.MILLIS))
                .orElseThrow(() -> SearchQuery.invalid("'" + text + "' is not an ISO 8601 date or a relative time such as \"7d\""));
    }

    private static BigDecimal bytes(Object value) {
        if (value instanceof BigDecimal n) {
            return n;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i)(\\d+(?:\\.\\d+)?)\\s*(b|kb|mb|gb)?").matcher(string(value));
        if (!m.matches()) {
            throw SearchQuery.invalid("'" + value + "' is not a size such as 2048, \"10kb\" or \"2mb\"");
        }
        String unit = Optional.ofNullable(m.group(2)).orElse("b").toLowerCase(Locale.ROOT);
        int power = List.of("b", "kb", "mb", "gb").indexOf(unit);
        return new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(1024).pow(power));
    }

    private static BigDecimal number(Object value) {
        if (value instanceof BigDecimal n) {
            return n;
        }
        throw SearchQuery.invalid("'" + value + "' is not a number");
    }

    private static String string(Object value) {
        if (value instanceof String s) {
            return s;
        }
        throw SearchQuery.invalid("expected a quoted string, found " + value);
    }

    private static List<Object> list(Object value) {
        if (value instanceof List<?> l) {
            return l.stream().map(Object.class::cast).toList();
        }
        throw SearchQuery.invalid("IN takes an array such as [\"a\", \"b\"]");
    }

    /** Query numbers are BigDecimal; stored JSON numbers compare through {@link MetadataValues#same}. */
    private static Object plain(Object value) {
        return value instanceof BigDecimal n ? n.stripTrailingZeros() : value;
    }

    private static void require(String field, String op, Set<String> allowed) {
        if (!allowed.contains(op)) {
            unsupported("the operator " + op + " on '" + field + "'");
        }
    }

    private static <T> T unsupported(String what) {
        throw ApiError.badRequest("The sandbox's searchQuery does not support " + what
                + " (supported: name, type, id, path, tags, format, createdAt, updatedAt, size, width, height, private,"
                + " published, transparency, \"customMetadata.<field>\").");
    }
}
