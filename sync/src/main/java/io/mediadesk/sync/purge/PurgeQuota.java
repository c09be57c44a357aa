package io.mediadesk.sync.purge;

import java.time.YearMonth;
import java.util.Locale;

/**
 * The monthly purge quota (spec 4: 1000 requests per account per month, dashboard and API
 * together; newer wording says it depends on the plan). The service has no endpoint that tells
 * how much is left, so this counts what this library's queue submitted in the calendar month
 * (UTC) against a limit the user can set: purges made in the dashboard or by other tools are not
 * seen, which is why it is shown as a warning, and the service's own refusal (403) stops a run.
 */
public record PurgeQuota(int perMonth) {
    public static final int SPEC_MONTHLY = 1000;
    /** A run at least this long gets the quota shown before it starts. */
    public static final int LARGE_RUN = 100;

    public PurgeQuota {
        if (perMonth < 1) {
            throw new IllegalArgumentException("the monthly purge quota must be at least 1, got " + perMonth);
        }
    }

    public static PurgeQuota spec() {
        return new PurgeQuota(SPEC_MONTHLY);
    }

    public int used(PurgeQueue queue, YearMonth month) {
        return queue.submittedIn(month);
    }

    public int remaining(PurgeQueue queue, YearMonth month) {
        return Math.max(0, perMonth - used(queue, month));
    }

    /** Whether {@code planned} more requests would go past the quota, as far as this library knows. */
    public boolean exceededBy(PurgeQueue queue, int planned, YearMonth month) {
        return planned > remaining(queue, month);
    }

    /** One line for people, e.g. before a large run. */
    public String summary(PurgeQueue queue, int planned, YearMonth month) {
        String line = String.format(Locale.ROOT, "purge quota: this run needs %d request(s); %d of %d used in %s by this library",
                planned, used(queue, month), perMonth, month);
        return exceededBy(queue, planned, month)
                ? line + "; that is more than is left: the service will refuse the rest (403), and the run stops there, resumable next month"
                : line;
    }
}
