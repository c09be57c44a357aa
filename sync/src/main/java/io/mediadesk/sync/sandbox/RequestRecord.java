package io.mediadesk.sync.sandbox;

import java.time.Instant;

/**
 * One request the sandbox saw, for tests that check how a client behaved (how often it retried,
 * how long it waited). {@code at} is when the request arrived (its headers were read), so the gaps
 * between records are the client's pacing; {@code status} is -1 when no answer was sent (a dropped
 * or lost response).
 */
public record RequestRecord(Instant at, String method, String path, Family family, int status, String fault) {
}
