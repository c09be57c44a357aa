package io.mediadesk.sync.snapshot;

import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What people said about a file, the part of it a sync merges field by field: tags, custom
 * metadata (each value as canonical JSON text, see {@link MetadataText}, so both sides compare as
 * strings) and the custom coordinates of {@code fo-custom}.
 */
public record Attributes(SortedSet<String> tags, SortedMap<String, String> metadata, Optional<String> coordinates) {
    public static final Attributes NONE = new Attributes(new TreeSet<>(), new TreeMap<>(), Optional.empty());

    public Attributes {
        tags = Collections.unmodifiableSortedSet(new TreeSet<>(tags));
        metadata = Collections.unmodifiableSortedMap(new TreeMap<>(metadata));
    }

    public static Attributes of(Collection<String> tags, Map<String, String> metadata, Optional<String> coordinates) {
        return new Attributes(new TreeSet<>(tags), new TreeMap<>(metadata), coordinates);
    }

    public Attributes withTags(Collection<String> newTags) {
        return new Attributes(new TreeSet<>(newTags), metadata, coordinates);
    }

    public Attributes withMetadata(Map<String, String> values) {
        return new Attributes(tags, new TreeMap<>(values), coordinates);
    }

    public Attributes withCoordinates(Optional<String> value) {
        return new Attributes(tags, metadata, value);
    }

    /** {@code [a, b] {brand="x"} @10,10,20,20}: the form plans print. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(tags.toString());
        if (!metadata.isEmpty()) {
            out.append(' ').append(metadata);
        }
        coordinates.ifPresent(c -> out.append(" @").append(c));
        return out.toString();
    }
}
