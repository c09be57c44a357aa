package io.mediadesk.sync.client.http;

import java.time.Instant;
import java.util.Optional;

/**
 * Finds out whether a create whose answer was lost took effect. The service takes no idempotency
 * key, so before re-sending an upload the client looks the object up; a hit is the answer.
 *
 * @param <T> the call's result
 */
@FunctionalInterface
public interface Reconciler<T> {

    /** The object the lost attempt created, if it exists; {@code attemptStart} bounds its age. */
    Optional<T> find(Instant attemptStart);
}
