package io.mediadesk.desktop.library;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Notifications of finished background work (an import with its counts, a batch of thumbnails,
 * a failure), shown as toasts in a corner of the window that never block; the newest
 * {@link #KEPT} stay until they time out or are clicked away. Post on the FX thread.
 */
public final class Notices {
    public static final int KEPT = 4;

    /** How a notice looks: failures stay longer and are red. */
    public enum Kind { INFO, SUCCESS, FAILURE }

    /** One toast. */
    public record Notice(Kind kind, String text) {
    }

    private final ObservableList<Notice> shown = FXCollections.observableArrayList();

    public Notice post(Kind kind, String text) {
        Notice notice = new Notice(kind, text);
        shown.add(notice);
        while (shown.size() > KEPT) shown.remove(0);
        return notice;
    }

    public void dismiss(Notice notice) {
        shown.remove(notice);
    }

    public ObservableList<Notice> shown() {
        return shown;
    }
}
