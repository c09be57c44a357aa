package io.mediadesk.desktop.library;

import io.mediadesk.library.asset.Asset;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * The tags seen on the pages loaded lately (and typed in the tag editor), which the completion
 * ({@link CompletionViewModel}) offers at once, before the library's answer
 * ({@code AssetRepository.tagsStartingWith}) arrives, and after it, when the library did not name
 * them (a tag just typed, beyond the answer's first lines). At most
 * {@link #KEPT} tags are kept, the least recently seen forgotten first: scrolling through a
 * library with hundreds of thousands of distinct tags would otherwise keep every one of them
 * (the memory benchmark found it growing with the library).
 */
public final class TagVocabulary {
    static final int KEPT = 5_000;
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
}
