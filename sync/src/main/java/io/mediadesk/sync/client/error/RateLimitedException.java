package io.mediadesk.sync.client.error;

import java.time.Duration;
import java.util.Optional;

/**
 * 429 that outlived the retries. {@link #retryAfter()} is what the service asked for, unclamped,
 * so a caller (the purge queue) can schedule the next try; {@link #clamped()} says the client
 * refused to wait that long.
 */
public class RateLimitedException extends ApiException {
    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;
    private final boolean clamped;

    public RateLimitedException(String operation, ServiceError error, String requestId, Duration retryAfter, boolean clamped) {
        super(operation, 429, error, requestId);
        this.retryAfter = retryAfter;
        this.clamped = clamped;
    }

    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    public boolean clamped() {
        return clamped;
    }
}
