package io.mediadesk.desktop.settings;

import java.util.List;

/**
 * The window's size, position and maximised state, as last closed. Restored only where it fits:
 * a window saved on a screen that is gone (a laptop off its dock) opens at the default size on
 * the main screen instead of off-screen.
 */
public record WindowState(double x, double y, double width, double height, boolean maximized) {
    public static final double DEFAULT_WIDTH = 1360;
    public static final double DEFAULT_HEIGHT = 860;
    /** Smaller than this is a window nobody can use; such a saved size is not restored. */
    static final double SMALLEST = 480;
    /** At least this much of the title bar must be on a screen for the window to be reachable. */
    private static final double GRIP = 80;

    /** A screen's usable area. */
    public record Area(double x, double y, double width, double height) {
    }

    /** Where the window should open: this state if it is reachable on one of {@code screens}, else empty. */
    public java.util.Optional<WindowState> fittedTo(List<Area> screens) {
        if (!(width >= SMALLEST && height >= SMALLEST) || Double.isNaN(x) || Double.isNaN(y)) return java.util.Optional.empty();
        for (Area s : screens) {
            double visibleWidth = Math.min(x + width, s.x() + s.width()) - Math.max(x, s.x());
            boolean titleOnScreen = y >= s.y() && y + GRIP / 2 <= s.y() + s.height();
            if (visibleWidth >= GRIP && titleOnScreen) {
                return java.util.Optional.of(new WindowState(x, y, Math.min(width, s.width()), Math.min(height, s.height()), maximized));
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * Where a window with nothing saved opens on {@code screen}: the default size, shrunk to the
     * screen's usable area when it is smaller (a 1280 x 800 laptop), and centred.
     */
    public static WindowState firstOpening(Area screen) {
        double w = Math.min(DEFAULT_WIDTH, screen.width());
        double h = Math.min(DEFAULT_HEIGHT, screen.height());
        return new WindowState(screen.x() + (screen.width() - w) / 2, screen.y() + (screen.height() - h) / 2, w, h, false);
    }
}
