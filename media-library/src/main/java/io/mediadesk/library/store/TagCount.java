package io.mediadesk.library.store;

import io.mediadesk.library.asset.Tag;
import java.util.Comparator;

/** A tag and how many assets outside the trash carry it: one line of tag completion. */
public record TagCount(Tag tag, int count) {
    /** Most used first, then by the tag's own order (code point order of its text). */
    public static final Comparator<TagCount> ORDER = Comparator.comparingInt(TagCount::count).reversed()
            .thenComparing(TagCount::tag);

    /** The first {@code limit} of {@code found} in {@link #ORDER}: how both stores finish a completion. */
    public static java.util.List<TagCount> top(java.util.Collection<TagCount> found, int limit) {
        return found.stream().sorted(ORDER).limit(limit).toList();
    }

    public TagCount {
        if (count < 1) throw new IllegalArgumentException("a tag count is at least 1, not " + count);
    }
}
