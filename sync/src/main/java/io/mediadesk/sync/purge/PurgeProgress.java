package io.mediadesk.sync.purge;

import java.time.Duration;

/**
 * Where a purge run stands, reported after every request.
 *
 * @param submitted accepted by the service and not yet seen Completed
 * @param requests calls made by this run (submissions and status polls): its pace is {@code requests / elapsed}
 */
public record PurgeProgress(int total, int queued, int submitted, int completed, int failed, long requests, Duration elapsed) {

    /** Requests per second so far. */
    public double rate() {
        double seconds = elapsed.toMillis() / 1000.0;
        return seconds <= 0 ? 0 : requests / seconds;
    }

    public String line() {
        return String.format(java.util.Locale.ROOT, "purge: %d/%d accepted, %d completed, %d failed, %d to send (%.1f req/s)",
                submitted + completed, total, completed, failed, queued, rate());
    }
}
