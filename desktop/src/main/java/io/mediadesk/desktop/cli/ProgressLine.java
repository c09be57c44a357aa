package io.mediadesk.desktop.cli;

import io.mediadesk.sync.purge.PurgeProgress;
import java.io.PrintStream;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * A long run's progress on stderr: at most one line per {@code every}, and the last one when all
 * is sent and done, so a 10,000-URL purge says where it is without flooding a terminal or a log.
 */
final class ProgressLine implements Consumer<PurgeProgress> {
    private final PrintStream err;
    private final long everyMillis;
    private long lastPrinted = Long.MIN_VALUE;

    ProgressLine(PrintStream err, Duration every) {
        this.err = err;
        this.everyMillis = every.toMillis();
    }

    @Override
    public void accept(PurgeProgress progress) {
        long now = progress.elapsed().toMillis();
        boolean finished = progress.queued() == 0 && progress.submitted() == 0;
        if (finished || lastPrinted == Long.MIN_VALUE || now - lastPrinted >= everyMillis) {
            lastPrinted = now;
            err.println(progress.line());
        }
    }
}
