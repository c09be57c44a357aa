package io.mediadesk.sync.client.http;

import java.time.Duration;

/**
 * Tells a listener (a status bar, a log) that a call is about to be tried again.
 *
 * @param operation e.g. {@code GET /v1/files}
 * @param nextAttempt the attempt about to start (2 for the first retry)
 * @param delay how long the client waits first
 * @param cause why: {@code HTTP 503}, {@code SocketTimeoutException}, {@code HTTP 429}...
 * @param clamped the service asked for a longer wait than the client accepts
 */
public record RetryNotice(String operation, int nextAttempt, Duration delay, String cause, boolean clamped) {
}
