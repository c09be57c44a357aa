package io.mediadesk.desktop.syncpanel;

import io.mediadesk.sync.plan.Resolution;
import io.mediadesk.sync.snapshot.LocalFile;
import io.mediadesk.sync.snapshot.RemoteEntry;
import java.util.List;

/**
 * One conflict as the panel shows it: what it is about, both sides field by field, the choices and
 * what each does. Asset conflicts carry both snapshots (for the pictures); settings ones do not.
 *
 * @param key what a choice is filed under: the asset item's key, or the settings subject
 * @param title the path, or {@code preset NAME} / {@code field NAME}
 * @param what the kinds of conflict in words ({@code content and moved on both sides})
 * @param local the library's asset, null for settings or when it is gone altogether
 * @param remote the service's file, null for settings or when the service deleted it
 */
public record ConflictRow(String key, String title, String what, List<Diff> diff, List<Resolution> choices, Resolution byDefault,
        Resolution chosen, String note, LocalFile local, RemoteEntry remote) {

    /**
     * One field on both sides. {@code libraryChanged} and {@code serviceChanged} say whether that
     * side changed it since the last sync; both changed to different values is a collision.
     */
    public record Diff(String field, String library, String service, boolean libraryChanged, boolean serviceChanged) {
        public boolean collides() {
            return libraryChanged && serviceChanged && !library.equals(service);
        }
    }

    public ConflictRow {
        diff = List.copyOf(diff);
        choices = List.copyOf(choices);
    }

    /** A conflict the sync cannot settle by a choice (a field definition): a person makes the sides agree. */
    public boolean needsDecision() {
        return choices.isEmpty();
    }

    /** Whether the pictures of both sides can be shown (an asset, not a setting). */
    public boolean hasPictures() {
        return local != null || remote != null;
    }

    /** {@code Keep both}, {@code Keep the library's}, {@code Keep the service's}. */
    public static String label(Resolution r) {
        return switch (r) {
            case KEEP_BOTH -> "Keep both";
            case KEEP_LIBRARY -> "Keep the library's";
            case KEEP_SERVICE -> "Keep the service's";
        };
    }

    /** The list line: {@code /a.jpg — content changed on both sides — Keep both}. */
    public String line() {
        return title + "  —  " + what + (needsDecision() ? "  —  needs a decision" : "  —  " + label(chosen)
                + (chosen == byDefault ? "" : " (chosen)"));
    }
}
