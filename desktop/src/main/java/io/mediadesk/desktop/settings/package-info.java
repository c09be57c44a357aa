/**
 * The window's own settings, kept in the library folder: {@code settings.json} (theme, last
 * section, window size and position, thumbnail cache size), written atomically by
 * {@link io.mediadesk.desktop.settings.JsonFile}; the settings dialog and the about box. The
 * window state is restored only where a screen can show it. JavaFX in the views only; the
 * ViewModels and the stored records are plain Java.
 */
package io.mediadesk.desktop.settings;
