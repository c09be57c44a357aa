/**
 * The JavaFX application shell: start-up, the main window, and the {@link io.mediadesk.desktop.app.TaskRunner}
 * that keeps I/O off the FX thread. Feature packages ({@code library}, later {@code asset},
 * {@code transform}, ...) provide the views.
 */
package io.mediadesk.desktop.app;
