package io.mediadesk.sync.client.http;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A clock that moves only when someone sleeps, and remembers every sleep: retries without waiting. */
public final class ManualTime implements TimeSource {
    private Instant now;
    private final List<Duration> sleeps = new ArrayList<>();

    public ManualTime(Instant start) {
        this.now = start;
    }

    public ManualTime() {
        this(Instant.parse("2026-03-01T12:00:00Z"));
    }

    @Override
    public synchronized Instant now() {
        return now;
    }

    @Override
    public synchronized void sleep(Duration duration) {
        sleeps.add(duration);
        now = now.plus(duration);
    }

    public synchronized void advance(Duration duration) {
        now = now.plus(duration);
    }

    public synchronized List<Duration> sleeps() {
        return List.copyOf(sleeps);
    }
}
