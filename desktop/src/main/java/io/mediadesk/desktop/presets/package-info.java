/**
 * The presets room: the library's named transformations (media-library's {@code preset} package)
 * listed, created, edited with the studio's {@code TransformField} and live preview, renamed,
 * trashed and restored; history with a coloured diff and rollback; which presets use one and which
 * delivery URLs a change affects, handed to the purge panel. Owns no preset rules (the library's
 * {@code Presets}) and no purge logic (the purge panel and sync's planner).
 */
package io.mediadesk.desktop.presets;
