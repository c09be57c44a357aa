package io.mediadesk.sync.sim;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock the simulation moves: never the wall clock, so a seed replays exactly. */
final class SimClock extends Clock {
    private Instant now = Instant.parse("2026-01-01T00:00:00Z");

    void advanceMillis(long ms) {
        now = now.plusMillis(ms);
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
