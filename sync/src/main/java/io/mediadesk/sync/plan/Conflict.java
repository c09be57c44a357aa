package io.mediadesk.sync.plan;

import io.mediadesk.sync.snapshot.BaseEntry;
import io.mediadesk.sync.snapshot.LocalFile;
import io.mediadesk.sync.snapshot.RemoteEntry;
import java.util.List;
import java.util.Set;

/**
 * A conflict of one item, with both sides as the plan saw them, so a person can compare them and
 * choose: which {@link Resolution}s mean something for it, which one the planner applies when
 * nobody chooses, and which one this plan applied. Pass a choice back through
 * {@link PlanOptions#withResolutions} under {@link #key()} and plan again.
 *
 * @param local the library's asset (null when it is gone altogether; {@code trashed} when deleted)
 * @param remote the service's file (null when deleted there)
 * @param base what both agreed on at the last sync
 */
public record Conflict(String key, Set<Kind> kinds, LocalFile local, RemoteEntry remote, BaseEntry base,
        List<Resolution> choices, Resolution byDefault, Resolution chosen) {

    public enum Kind {
        /** Content changed on both sides. */
        CONTENT,
        /** A metadata field or the custom coordinates changed differently on both sides (tags merge as sets). */
        ATTRIBUTES,
        /** Moved or renamed differently on both sides. */
        PATH,
        /** Deleted in the library, changed on the service. */
        LIBRARY_DELETED,
        /** Deleted on the service, changed in the library. */
        SERVICE_DELETED
    }

    public Conflict {
        kinds = Set.copyOf(kinds);
        choices = List.copyOf(choices);
    }

    /** The item's path on whichever side still has it. */
    public String path() {
        return local != null ? local.path() : remote != null ? remote.path() : base.path();
    }

    /** Whether {@link #chosen} came from a person (or {@code --prefer}) rather than the planner's rule. */
    public boolean decided() {
        return chosen != byDefault;
    }
}
