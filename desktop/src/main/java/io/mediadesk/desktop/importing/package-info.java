/**
 * Importing files and folders from the window: the run in the background with per-file results
 * (imported, duplicate, failed with its reason, near-duplicates with their matches) and cancel.
 * Depends on media-library's {@code ingest} package; the grid refreshes from the library's change
 * events, not from here.
 */
package io.mediadesk.desktop.importing;
