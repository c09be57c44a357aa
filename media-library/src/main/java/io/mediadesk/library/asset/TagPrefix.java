package io.mediadesk.library.asset;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a person typed to complete a tag, and which tags it offers. Tags keep their case and a tag
 * search ({@code tags IN}) is exact, but completion ignores case: "summ" offers "summer-sale" and
 * "Summer". Case is folded one code point at a time ({@link Character#toUpperCase(int)} then
 * {@link Character#toLowerCase(int)}, as {@link String#equalsIgnoreCase} does per character), so
 * the rule is the same in every store and in the window, whatever locale the machine has.
 *
 * <p>Stores look tags up in an index ordered by code point, which cannot ignore case by itself;
 * {@link #literals} gives the case spellings of the prefix's first code points, each one a range
 * of that index, and {@link #matches} then decides on every tag those ranges found.
 */
public final class TagPrefix {
    /** Ranges a store is asked to read at most: "summer" has 64 spellings, its first four 16. */
    public static final int MAX_LITERALS = 16;

    private final String text;
    private final int[] folded;

    private TagPrefix(String text) {
        this.text = text;
        this.folded = text.codePoints().map(TagPrefix::fold).toArray();
    }

    /** The typed text, surrounding blanks dropped (a tag never starts with one). */
    public static TagPrefix of(String typed) {
        if (typed == null) throw new IllegalArgumentException("a tag prefix cannot be null");
        return new TagPrefix(typed.strip());
    }

    public String text() {
        return text;
    }

    /** Whether {@code tag} starts with this prefix, case folded per code point. */
    public boolean matches(String tag) {
        int i = 0;
        int at = 0;
        while (i < folded.length) {
            if (at >= tag.length()) return false;
            int cp = tag.codePointAt(at);
            if (fold(cp) != folded[i]) return false;
            at += Character.charCount(cp);
            i++;
        }
        return true;
    }

    /**
     * Literal prefixes, at most {@code max}, such that every tag this prefix {@link #matches} starts
     * with exactly one of them (they never overlap): every case spelling of the longest leading run
     * of code points whose spellings fit in {@code max}. Empty text gives one empty literal (every tag).
     */
    public List<String> literals(int max) {
        List<String> out = new ArrayList<>();
        out.add("");
        int[] cps = text.codePoints().toArray();
        for (int cp : cps) {
            int[] spellings = Folds.spellings(cp);
            if ((long) out.size() * spellings.length > max) break;
            List<String> next = new ArrayList<>(out.size() * spellings.length);
            for (String head : out) {
                for (int s : spellings) next.add(head + Character.toString(s));
            }
            out = next;
        }
        return out;
    }

    /**
     * The least string greater than every string starting with {@code literal}, in code point order
     * (SQLite's BINARY collation of UTF-8, MongoDB's string order); empty when there is none, that
     * is when the literal is empty or all U+10FFFF.
     */
    public static java.util.Optional<String> upperBound(String literal) {
        int[] cps = literal.codePoints().toArray();
        for (int i = cps.length - 1; i >= 0; i--) {
            if (cps[i] < Character.MAX_CODE_POINT) {
                int next = cps[i] + 1;
                if (next >= Character.MIN_SURROGATE && next <= Character.MAX_SURROGATE) next = Character.MAX_SURROGATE + 1;
                StringBuilder b = new StringBuilder();
                for (int j = 0; j < i; j++) b.appendCodePoint(cps[j]);
                return java.util.Optional.of(b.appendCodePoint(next).toString());
            }
        }
        return java.util.Optional.empty();
    }

    static int fold(int cp) {
        return Character.toLowerCase(Character.toUpperCase(cp));
    }

    @Override
    public String toString() {
        return text;
    }

    /** Every code point that folds like another, grouped by fold: built once, on first use (a few ms). */
    private static final class Folds {
        private static final Map<Integer, int[]> SPELLINGS = build();

        static int[] spellings(int cp) {
            int[] s = SPELLINGS.get(fold(cp));
            return s == null ? new int[] {cp} : s;
        }

        private static Map<Integer, int[]> build() {
            Map<Integer, List<Integer>> byFold = new HashMap<>();
            for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
                if (cp == Character.MIN_SURROGATE) cp = Character.MAX_SURROGATE + 1;
                int f = fold(cp);
                if (f != cp) {
                    // The fold itself is a spelling too, unless it folds on to something else (then it is in another group).
                    byFold.computeIfAbsent(f, k -> new ArrayList<>(fold(k) == k ? List.of(k) : List.of())).add(cp);
                }
            }
            Map<Integer, int[]> out = new HashMap<>();
            byFold.forEach((f, cps) -> out.put(f, cps.stream().distinct().sorted().mapToInt(Integer::intValue).toArray()));
            return out;
        }
    }
}
