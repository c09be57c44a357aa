package io.mediadesk.desktop.settings;

import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.image.Image;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** JavaFX glue for the window: restore and capture its {@link WindowState}, and set its icons. */
public final class WindowPlacement {
    private static final int[] ICON_SIZES = {16, 32, 48, 64, 128, 256};

    private WindowPlacement() {
    }

    /**
     * Puts the stage where it was, if that is reachable on today's screens; else opens it at the
     * default size fitted to the primary screen and centred.
     */
    public static void restore(Stage stage, WindowState saved) {
        List<WindowState.Area> screens = Screen.getScreens().stream().map(Screen::getVisualBounds)
                .map(b -> new WindowState.Area(b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight())).toList();
        var primary = Screen.getPrimary().getVisualBounds();
        WindowState first = WindowState.firstOpening(new WindowState.Area(primary.getMinX(), primary.getMinY(),
                primary.getWidth(), primary.getHeight()));
        Optional<WindowState> fitted = saved == null ? Optional.of(first) : saved.fittedTo(screens).or(() -> Optional.of(first));
        fitted.ifPresent(s -> {
            stage.setX(s.x());
            stage.setY(s.y());
            stage.setWidth(s.width());
            stage.setHeight(s.height());
            stage.setMaximized(s.maximized());
        });
    }

    /** The stage's state now; a maximised window keeps its last normal bounds, so un-maximising restores them. */
    public static WindowState capture(Stage stage, WindowState normal) {
        if (stage.isMaximized() && normal != null) {
            return new WindowState(normal.x(), normal.y(), normal.width(), normal.height(), true);
        }
        return new WindowState(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized());
    }

    /**
     * Tracks the last un-maximised bounds of {@code stage}, for {@link #capture}. Each change is
     * looked at a moment later ({@code runLater}): when the window maximises, its bounds may change
     * before its maximised flag does, and those bounds are not its normal ones.
     */
    public static java.util.function.Supplier<WindowState> trackNormalBounds(Stage stage) {
        WindowState[] last = {null};
        Runnable record = () -> Platform.runLater(() -> {
            if (!stage.isMaximized() && !stage.isIconified() && stage.isShowing()) {
                last[0] = new WindowState(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), false);
            }
        });
        stage.xProperty().addListener(o -> record.run());
        stage.yProperty().addListener(o -> record.run());
        stage.widthProperty().addListener(o -> record.run());
        stage.heightProperty().addListener(o -> record.run());
        record.run();
        return () -> last[0];
    }

    /** The icon set drawn by {@code jpackage/icons/make-icons.sh}, copied into the app's resources. */
    public static List<Image> icons() {
        return java.util.Arrays.stream(ICON_SIZES).mapToObj(s -> new Image(WindowPlacement.class
                .getResource("/io/mediadesk/desktop/app/icons/mediadesk-" + s + ".png").toExternalForm())).toList();
    }

}
