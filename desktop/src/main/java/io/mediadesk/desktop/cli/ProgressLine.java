package io.mediadesk.desktop.cli;

import io.mediadesk.sync.purge.PurgeProgress;
import java.io.PrintStream;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * A long run's progress on stderr: at most one line per {@code every}, and the last state when
 * the run ends, so a 10,000-URL purge says where it is without flooding a terminal or a log.
 */
final class ProgressLine implements Consumer<PurgeProgress> {
    private final PrintStream err;
    private final long everyMillis;
    private long lastPrinted = Long.MIN_VALUE;
    private PurgeProgress latest;
    private boolean latestPrinted;

    ProgressLine(PrintStream err, Duration every) {
        this.err = err;
        this.everyMillis = every.toMillis();
    }

    @Override
    public void accept(PurgeProgress progress) {
        long now = progress.elapsed().toMillis();
        latest = progress;
        latestPrinted = false;
        boolean finished = progress.queued() == 0 && progress.submitted() == 0;
        if (finished || lastPrinted == Long.MIN_VALUE || now - lastPrinted >= everyMillis) {
            lastPrinted = now;
            latestPrinted = true;
            err.println(progress.line());
        }
    }

    /** The run is over: its last state, unless that line is already out. */
    void finish() {
        if (latest != null && !latestPrinted) {
            err.println(latest.line());
            latestPrinted = true;
        }
    }
}
