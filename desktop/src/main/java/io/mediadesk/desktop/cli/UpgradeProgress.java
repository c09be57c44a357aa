package io.mediadesk.desktop.cli;

import io.mediadesk.library.store.MigrationListener;
import io.mediadesk.library.store.MigrationProgress;
import java.io.PrintStream;
import java.util.function.LongSupplier;

/**
 * An older catalog's schema upgrade, on stderr (stdout is the command's result, which scripts
 * parse): {@code upgrading the catalog to schema 6 (tag sort keys and search words): 120,000 of
 * 500,000 assets}. Each step's first and last state, and in between at most one line per
 * {@code everyMillis}, like {@link ProgressLine}.
 */
final class UpgradeProgress implements MigrationListener {
    private final PrintStream err;
    private final long everyMillis;
    private final LongSupplier clock;
    private String step = "";
    private long lastPrinted;

    UpgradeProgress(PrintStream err, long everyMillis, LongSupplier clock) {
        this.err = err;
        this.everyMillis = everyMillis;
        this.clock = clock;
    }

    /** Half a second between lines, on the system's monotonic clock. */
    static UpgradeProgress to(PrintStream err) {
        return new UpgradeProgress(err, 500, () -> System.nanoTime() / 1_000_000);
    }

    @Override
    public void progress(MigrationProgress progress) {
        long now = clock.getAsLong();
        String nowStep = progress.schema() + " " + progress.step();
        boolean first = !nowStep.equals(step);
        if (first || progress.finished() || now - lastPrinted >= everyMillis) {
            step = nowStep;
            lastPrinted = now;
            err.println(progress.line());
            err.flush();
        }
    }
}
