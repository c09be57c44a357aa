package io.mediadesk.sync.client.http;

import java.time.Duration;
import java.time.Instant;

/** Now, and waiting: the two things retries and pacing need from time, injectable for tests. */
public interface TimeSource {

    Instant now();

    void sleep(Duration duration) throws InterruptedException;

    static TimeSource system() {
        return new TimeSource() {
            @Override
            public Instant now() {
                return Instant.now();
            }

            @Override
            public void sleep(Duration duration) throws InterruptedException {
                if (!duration.isNegative() && !duration.isZero()) {
                    Thread.sleep(duration.toMillis());
                }
            }
        };
    }
}
