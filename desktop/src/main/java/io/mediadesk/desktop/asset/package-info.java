/**
 * The asset panel beside the grid: the large preview, the file's facts and embedded metadata, and
 * the tag editor that applies to the whole selection. Depends on the library browser's selection
 * and the media-library API; the View binds and forwards, the ViewModel calls the repository
 * through a {@link io.mediadesk.desktop.app.TaskRunner}.
 */
package io.mediadesk.desktop.asset;
