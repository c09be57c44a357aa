package io.mediadesk.desktop.library;

import io.mediadesk.library.asset.Asset;
import io.mediadesk.library.query.Field;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * The words the search bar and the tag editor complete: the query language's field names and
 * keywords, and the tags seen on the pages loaded lately. The repository has no "every tag" call,
 * and scanning a large library for one would cost more than the completion is worth. At most
 * {@link #KEPT} tags are kept, the least recently seen forgotten first: scrolling through a
 * library with hundreds of thousands of distinct tags would otherwise keep every one of them
 * (the memory benchmark found it growing with the library).
 */
public final class TagVocabulary {
    static final int KEPT = 5_000;
    private static final List<String> KEYWORDS = List.of("AND", "OR", "NOT", "IN", "HAS", "EXISTS");
    private final TreeSet<String> tags = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    /** The same tags by when they were last seen (keyed as {@link #tags} compares them), oldest first. */
    private final LinkedHashMap<String, String> recent = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            if (size() <= KEPT) return false;
            tags.remove(eldest.getValue());
            return true;
        }
    };

    synchronized void learn(Collection<Asset> assets) {
        assets.forEach(a -> a.tags().forEach(t -> learnTag(t.value())));
    }

    public synchronized void learnTag(String tag) {
        String key = tag.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
        if (recent.get(key) == null) {
            recent.put(key, tag);
            tags.add(tag);
        }
    }

    /** How many tags are known; for the memory benchmark. */
    synchronized int size() {
        return tags.size();
    }

    /** Tags starting with {@code prefix}, case ignored. */
    public synchronized List<String> tags(String prefix) {
        String p = prefix.strip().toLowerCase(Locale.ROOT);
        return tags.stream().filter(t -> t.toLowerCase(Locale.ROOT).startsWith(p)).limit(12).toList();
    }

    /**
     * Completions for the last word of a query: field names and keywords, or a quoted tag after
     * {@code tags}. Each suggestion is the whole query with the last word replaced.
     */
    public List<String> completeQuery(String text) {
        int cut = Math.max(text.lastIndexOf(' '), Math.max(text.lastIndexOf('['), text.lastIndexOf(','))) + 1;
        String head = text.substring(0, cut);
        String word = text.substring(cut).replace("\"", "");
        if (word.isEmpty()) return List.of();
        List<String> out = new ArrayList<>();
        if (head.contains("tags")) tags(word).forEach(t -> out.add(head + "\"" + t + "\""));
        for (Field.Kind k : Field.Kind.values()) {
            if (k.spelling().startsWith(word) && !k.spelling().equals(word)) out.add(head + k.spelling());
        }
        KEYWORDS.stream().filter(k -> k.startsWith(word.toUpperCase(Locale.ROOT)) && !k.equalsIgnoreCase(word))
                .forEach(k -> out.add(head + k));
        return out;
    }
}
