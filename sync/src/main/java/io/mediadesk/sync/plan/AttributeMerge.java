package io.mediadesk.sync.plan;

import io.mediadesk.sync.snapshot.Attributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The three-way merge of tags, custom metadata and coordinates. Tags merge as sets: what either
 * side added is added, what either side removed is removed, so a tag is never lost to the other
 * side's unrelated edit. Metadata merges per field and coordinates as one field: a change on one
 * side wins over no change; two different changes collide and the library's value is kept, with
 * the service's value written into the plan so it is not lost without a trace.
 */
final class AttributeMerge {

    record Result(Attributes merged, List<String> collisions) {
    }

    private AttributeMerge() {
    }

    static Result merge(Attributes base, Attributes local, Attributes remote) {
        return merge(base, local, remote, false);
    }

    /** With {@code serviceWins}, a field changed differently on both sides takes the service's value instead. */
    static Result merge(Attributes base, Attributes local, Attributes remote, boolean serviceWins) {
        List<String> collisions = new ArrayList<>();
        TreeSet<String> tags = new TreeSet<>(base.tags());
        tags.addAll(local.tags());
        tags.addAll(remote.tags());
        for (String t : base.tags()) {
            if (!local.tags().contains(t) || !remote.tags().contains(t)) tags.remove(t);
        }
        SortedMap<String, String> metadata = new TreeMap<>();
        TreeSet<String> keys = new TreeSet<>(base.metadata().keySet());
        keys.addAll(local.metadata().keySet());
        keys.addAll(remote.metadata().keySet());
        for (String key : keys) {
            Optional<String> v = field("metadata." + key, Optional.ofNullable(base.metadata().get(key)),
                    Optional.ofNullable(local.metadata().get(key)), Optional.ofNullable(remote.metadata().get(key)), serviceWins,
                    collisions);
            v.ifPresent(value -> metadata.put(key, value));
        }
        Optional<String> coordinates = field("coordinates", base.coordinates(), local.coordinates(), remote.coordinates(),
                serviceWins, collisions);
        return new Result(new Attributes(tags, metadata, coordinates), collisions);
    }

    private static Optional<String> field(String name, Optional<String> base, Optional<String> local, Optional<String> remote,
            boolean serviceWins, List<String> collisions) {
        if (local.equals(remote) || remote.equals(base)) return local;
        if (local.equals(base)) return remote;
        if (serviceWins) {
            collisions.add(name + " changed on both sides: kept the service's " + shown(remote) + ", as chosen (the library had "
                    + shown(local) + ")");
            return remote;
        }
        collisions.add(name + " changed on both sides: kept the library's " + shown(local) + " (the service had "
                + shown(remote) + ")");
        return local;
    }

    private static String shown(Optional<String> value) {
        return value.orElse("nothing");
    }

    /** {@code tags +sale -old, metadata brand="x" -size, coordinates 1,2,3,4}: what changes from one to the other. */
    static String difference(Attributes from, Attributes to) {
        List<String> parts = new ArrayList<>();
        List<String> tagChanges = new ArrayList<>();
        to.tags().stream().filter(t -> !from.tags().contains(t)).forEach(t -> tagChanges.add("+" + t));
        from.tags().stream().filter(t -> !to.tags().contains(t)).forEach(t -> tagChanges.add("-" + t));
        if (!tagChanges.isEmpty()) parts.add("tags " + String.join(" ", tagChanges));
        List<String> fields = new ArrayList<>();
        to.metadata().forEach((k, v) -> {
            if (!v.equals(from.metadata().get(k))) fields.add(k + "=" + v);
        });
        from.metadata().keySet().stream().filter(k -> !to.metadata().containsKey(k)).forEach(k -> fields.add("-" + k));
        if (!fields.isEmpty()) parts.add("metadata " + String.join(" ", fields));
        if (!Objects.equals(from.coordinates(), to.coordinates())) {
            parts.add("coordinates " + to.coordinates().orElse("removed"));
        }
        return String.join(", ", parts);
    }
}
