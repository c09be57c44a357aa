package io.mediadesk.desktop.settings;

import java.util.Locale;

/**
 * The window's settings as {@code <library>/settings.json} keeps them.
 *
 * @param theme {@code light} or {@code dark}
 * @param section the area shown last ({@code LIBRARY}, {@code STUDIO}, ...), opened again at start
 * @param window null until the window was closed once
 * @param thumbnailsKept thumbnails the grid keeps decoded in memory (used from the next start)
 */
public record AppSettings(String theme, String section, WindowState window, int thumbnailsKept) {
    public static final int DEFAULT_THUMBNAILS = 600;
    public static final int MIN_THUMBNAILS = 100;
    public static final int MAX_THUMBNAILS = 20_000;
    public static final AppSettings DEFAULTS = new AppSettings("light", "LIBRARY", null, DEFAULT_THUMBNAILS);

    public AppSettings {
        theme = "dark".equalsIgnoreCase(theme) ? "dark" : "light";
        section = section == null || section.isBlank() ? "LIBRARY" : section.toUpperCase(Locale.ROOT);
        thumbnailsKept = thumbnailsKept == 0 ? DEFAULT_THUMBNAILS
                : Math.max(MIN_THUMBNAILS, Math.min(MAX_THUMBNAILS, thumbnailsKept));
    }

    public boolean dark() {
        return theme.equals("dark");
    }

    public AppSettings withTheme(boolean dark) {
        return new AppSettings(dark ? "dark" : "light", section, window, thumbnailsKept);
    }

    public AppSettings withSection(String value) {
        return new AppSettings(theme, value, window, thumbnailsKept);
    }

    public AppSettings withWindow(WindowState value) {
        return new AppSettings(theme, section, value, thumbnailsKept);
    }

    public AppSettings withThumbnailsKept(int value) {
        return new AppSettings(theme, section, window, value);
    }
}
