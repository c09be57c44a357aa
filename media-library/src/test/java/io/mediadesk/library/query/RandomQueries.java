package io.mediadesk.library.query;

import static io.mediadesk.library.fixture.RandomLibrary.pick;

import io.mediadesk.library.asset.Asset;
import io.mediadesk.library.fixture.RandomLibrary;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * Seeded random query text over the pools of {@link RandomLibrary}, using real names, folders and
 * values of the library so clauses hit, miss and overlap. Text, not trees, so the parser is part
 * of what the differential test compares.
 */
public final class RandomQueries {
    private final Random r;
    private final List<Asset> assets;

    public RandomQueries(Random r, List<Asset> assets) {
        this.r = r;
        this.assets = assets;
    }

    public String query() {
        return expression(0);
    }

    private String expression(int depth) {
        int kind = depth >= 3 ? 0 : r.nextInt(6);
        return switch (kind) {
            case 0, 1, 2 -> clause();
            case 3 -> expression(depth + 1) + " AND " + expression(depth + 1);
            case 4 -> expression(depth + 1) + " OR " + expression(depth + 1);
            default -> "(" + expression(depth + 1) + (r.nextBoolean() ? " OR " : " AND ") + expression(depth + 1) + ")";
        };
    }

    private String clause() {
        return switch (r.nextInt(13)) {
            case 0 -> name();
            case 1 -> tags();
            case 2 -> numeric(pick(r, List.of("width", "height")), String.valueOf(1 + r.nextInt(8) * 500));
            case 3 -> numeric("size", r.nextBoolean() ? String.valueOf(r.nextInt(6) * 500_000) : "\"" + r.nextInt(3) + "mb\"");
            case 4 -> numeric(pick(r, List.of("createdAt", "updatedAt")), "\"2024-" + two(1 + r.nextInt(3)) + "-" + two(1 + r.nextInt(28)) + "\"");
            case 5 -> "format " + eqOrIn(() -> quote(pick(r, RandomLibrary.FORMATS)));
            case 6 -> path();
            case 7 -> "transparency " + (r.nextBoolean() ? "=" : "NOT =") + " " + r.nextBoolean();
            case 8 -> text("\"customMetadata.brand\"", RandomLibrary.BRANDS);
            case 9 -> numeric("\"customMetadata.rating\"", String.valueOf(r.nextInt(11) / 2.0));
            case 10 -> metadataMisc();
            case 11 -> text("\"embeddedMetadata.Make\"", RandomLibrary.MAKES);
            default -> "\"embeddedMetadata.Keywords\" " + (r.nextBoolean() ? "IN" : "NOT IN") + " " + array(() -> quote(pick(r, RandomLibrary.WORDS)));
        };
    }

    private String name() {
        String n = pick(r, assets).name();
        return switch (r.nextInt(4)) {
            case 0 -> "name " + eqOrIn(() -> quote(pick(r, assets).name()));
            case 1 -> "name : " + quote(n.substring(0, n.offsetByCodePoints(0, r.nextInt(n.codePointCount(0, n.length())))));
            case 2 -> "name HAS " + quote(words());
            default -> "name " + pick(r, List.of("=", "NOT =")) + " " + quote(n);
        };
    }

    /** One or two words, the last cut to a random prefix: HAS matches the last word as a prefix. */
    private String words() {
        String last = pick(r, RandomLibrary.WORDS);
        last = last.substring(0, last.offsetByCodePoints(0, 1 + r.nextInt(last.codePointCount(0, last.length()))));
        return r.nextBoolean() ? pick(r, RandomLibrary.WORDS) + " " + last : last;
    }

    private String tags() {
        return switch (r.nextInt(4)) {
            case 3 -> "tags HAS " + quote(tagWords());
            case 0 -> "tags EXISTS";
            case 1 -> "tags NOT EXISTS";
            default -> "tags " + (r.nextBoolean() ? "IN" : "NOT IN") + " " + array(() -> quote(pick(r, RandomLibrary.TAGS)));
        };
    }

    /** A word of a tag, maybe after another, the last cut to a prefix; "x y" gives two words in one tag. */
    private String tagWords() {
        List<String> worded = RandomLibrary.TAGS.stream().filter(t -> !NameWords.of(t).isEmpty()).toList();
        List<String> words = NameWords.of(pick(r, worded));
        String last = words.get(r.nextInt(words.size()));
        last = last.substring(0, last.offsetByCodePoints(0, 1 + r.nextInt(last.codePointCount(0, last.length()))));
        if (!r.nextBoolean()) return last;
        List<String> first = NameWords.of(pick(r, worded));
        return first.get(r.nextInt(first.size())) + " " + last;
    }

    private String path() {
        String f = pick(r, RandomLibrary.FOLDERS);
        return switch (r.nextInt(3)) {
            case 0 -> "path : " + quote(f);
            case 1 -> "path " + eqOrIn(() -> quote(pick(r, RandomLibrary.FOLDERS)));
            default -> "path = " + quote(f);
        };
    }

    private String text(String field, List<String> pool) {
        String v = pick(r, pool);
        return switch (r.nextInt(5)) {
            case 0 -> field + " : " + quote(v.isEmpty() ? v : v.substring(0, v.offsetByCodePoints(0, 1)));
            case 1 -> field + " " + pick(r, List.of("<", "<=", ">", ">=")) + " " + quote(v);
            case 2 -> field + " " + pick(r, List.of("EXISTS", "NOT EXISTS"));
            default -> field + " " + eqOrIn(() -> quote(pick(r, pool)));
        };
    }

    private String metadataMisc() {
        return switch (r.nextInt(5)) {
            case 3 -> "\"customMetadata.brand\" HAS " + quote(pick(r, List.of("acme", "Acme co", "ze", "corp a", "\u00e4")));
            case 0 -> "\"customMetadata.approved\" " + pick(r, List.of("=", "NOT =")) + " " + r.nextBoolean();
            case 1 -> "\"customMetadata.channels\" " + (r.nextBoolean() ? "IN" : "NOT IN") + " " + array(() -> quote(pick(r, RandomLibrary.CHANNELS)));
            case 2 -> "\"customMetadata.shot\" " + pick(r, List.of("<", "<=", ">", ">=", "=")) + " " + quote(RandomLibrary.date(r).toString().substring(0, 10));
            default -> "\"embeddedMetadata.DateTimeOriginal\" " + pick(r, List.of("<", ">=")) + " " + quote(pick(r, List.of("2024-01-01", "1y", "30d", "2w")));
        };
    }

    private String numeric(String field, String value) {
        return switch (r.nextInt(4)) {
            case 0 -> field + " IN [" + value + ", " + value + "]";
            case 1 -> field + " NOT = " + value;
            default -> field + " " + pick(r, List.of("=", "<", "<=", ">", ">=")) + " " + value;
        };
    }

    private String eqOrIn(java.util.function.Supplier<String> value) {
        return switch (r.nextInt(4)) {
            case 0 -> "= " + value.get();
            case 1 -> "NOT = " + value.get();
            case 2 -> "IN " + array(value);
            default -> "NOT IN " + array(value);
        };
    }

    private String array(java.util.function.Supplier<String> value) {
        List<String> items = new ArrayList<>();
        int n = 1 + r.nextInt(3);
        for (int i = 0; i < n; i++) items.add(value.get());
        return items.stream().collect(Collectors.joining(", ", "[", "]"));
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : String.valueOf(n);
    }
}
