package io.mediadesk.desktop.library;

import javafx.animation.PauseTransition;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The toasts of {@link Notices} in the bottom right corner over the results. They take no clicks
 * at all, so a toast over a tile never swallows a click meant for the tile, and leave by
 * themselves after a few seconds (failures stay longer).
 */
final class NoticeArea extends VBox {
    static final Duration SHOWN = Duration.seconds(6);
    static final Duration FAILURE_SHOWN = Duration.seconds(15);

    NoticeArea(Notices notices) {
        super(6);
        setId("notices");
        setAlignment(Pos.BOTTOM_RIGHT);
        setMouseTransparent(true);
        setPadding(new Insets(10));
        setPickOnBounds(false);
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        notices.shown().addListener((ListChangeListener<Notices.Notice>) c -> show(notices));
        show(notices);
    }

    private final java.util.Map<Notices.Notice, Label> toasts = new java.util.IdentityHashMap<>();

    private void show(Notices notices) {
        toasts.keySet().removeIf(n -> notices.shown().stream().noneMatch(s -> s == n));
        getChildren().setAll(notices.shown().stream().map(n -> toasts.computeIfAbsent(n, k -> toast(k, notices))).toList());
    }

    private static Label toast(Notices.Notice notice, Notices notices) {
        Label toast = new Label(notice.text());
        toast.getStyleClass().addAll("notice", "notice-" + notice.kind().name().toLowerCase(java.util.Locale.ROOT));
        toast.setWrapText(true);
        toast.setMaxWidth(360);
        PauseTransition timer = new PauseTransition(notice.kind() == Notices.Kind.FAILURE ? FAILURE_SHOWN : SHOWN);
        timer.setOnFinished(e -> notices.dismiss(notice));
        timer.play();
        return toast;
    }
}
