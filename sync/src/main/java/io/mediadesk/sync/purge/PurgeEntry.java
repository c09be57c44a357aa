package io.mediadesk.sync.purge;

import java.time.Instant;
import java.util.Optional;

/**
 * One URL's place in the purge queue.
 *
 * @param id the queue's own number for it (a URL may be purged again later: that is a new entry)
 * @param batch the run it was queued by: the same URLs queued again while it is unfinished resume it
 * @param requestId the service's id once submitted
 * @param submittedAt when the service accepted it (the quota counts by this month)
 * @param error why the service refused it, for {@link State#FAILED}
 */
public record PurgeEntry(long id, String batch, String url, State state, String requestId, Instant submittedAt, String error) {

    /** queued -> (sending) -> submitted(requestId) -> completed; or failed. */
    public enum State {
        /** Not sent yet. */
        QUEUED,
        /** Sent, answer not recorded: after a crash the service may or may not have it, so it is sent again. */
        SENDING,
        /** Accepted by the service; its status is polled until Completed. */
        SUBMITTED,
        COMPLETED,
        /** Refused by the service (a 400): sending it again would be refused again. */
        FAILED
    }

    public boolean finished() {
        return state == State.COMPLETED || state == State.FAILED;
    }

    public Optional<String> request() {
        return Optional.ofNullable(requestId);
    }

    PurgeEntry with(State next) {
        return new PurgeEntry(id, batch, url, next, requestId, submittedAt, error);
    }

    PurgeEntry submitted(String request, Instant at) {
        return new PurgeEntry(id, batch, url, State.SUBMITTED, request, at, null);
    }

    PurgeEntry requeued() {
        return new PurgeEntry(id, batch, url, State.QUEUED, null, null, null);
    }

    PurgeEntry failed(String reason) {
        return new PurgeEntry(id, batch, url, State.FAILED, requestId, submittedAt, reason);
    }
}
