/**
 * The sync panel: the sync module's plan as a tree (adds, updates, moves, deletes in red,
 * conflicts), the conflicts side by side with a choice for each ({@code ConflictsViewModel}), the
 * brakes' verdict and the confirmation of an overridable one, the run with
 * progress, per-item failures and cancel, and the history of the panel's runs
 * ({@code <library>/sync-history.json}). Builds the same {@code SyncSession} as {@code mediadesk
 * sync}; owns no sync logic. Named {@code syncpanel} so it is not mistaken for the sync module.
 */
package io.mediadesk.desktop.syncpanel;
