package io.mediadesk.sync.client.http;

import io.mediadesk.sync.SyncException;
import java.time.Duration;

/**
 * One failed attempt, as the retry loop sees it.
 *
 * @param exception what the caller gets if this is the last word
 * @param retryable a later attempt could succeed (5xx, 429, 408, network); false for 4xx and auth
 * @param maybeProcessed the service may have acted on the request (the body reached it)
 * @param serverWait the wait the service asked for, or null
 * @param rateLimited a 429: retries are paced by the service, not drawn from the retry budget
 * @param cause a short reason for the retry notice
 */
record Failure(SyncException exception, boolean retryable, boolean maybeProcessed, Duration serverWait,
        boolean rateLimited, String cause) {
}
