package io.mediadesk.library.store;

/**
 * Told how a catalog's schema upgrade is going while {@link CatalogLocation#open} (or
 * {@link io.mediadesk.library.Library#open}) runs it: an upgrade of a large library takes seconds, and a window or a
 * command says so instead of looking hung. Called on the opening thread, so a listener that updates a
 * user interface hands over to its own thread. Nothing is reported when no upgrade is needed, nor
 * when a new catalog is created.
 */
@FunctionalInterface
public interface MigrationListener {
    MigrationListener NONE = progress -> { };

    /**
     * For each step of each schema version being applied (most versions are one step; a version
     * that rewrites every asset's rows has a second for its indexes): once with {@code done = 0},
     * then as the work advances (never backwards), and last with {@code done == total}. Versions and
     * their steps come in order; the version commits after its last step's last report.
     */
    void progress(MigrationProgress progress);
}
