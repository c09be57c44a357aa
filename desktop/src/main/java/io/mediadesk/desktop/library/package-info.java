/**
 * The library browser: the window's main view of the open library (folder tree, asset area, status
 * bar). View binds and forwards; the ViewModel holds state as JavaFX properties and calls services
 * through a {@link io.mediadesk.desktop.app.TaskRunner}.
 */
package io.mediadesk.desktop.library;
