package io.mediadesk.sync.client.error;

import io.mediadesk.sync.SyncException;
import java.util.Optional;

/**
 * The service answered, but not with what the API promises: invalid or oversized JSON, the wrong
 * shape, an HTML page from a proxy, a redirect. A bug on one side or something in between; not
 * retried, because the same request would get the same answer.
 */
public class MalformedResponseException extends SyncException {
    private static final long serialVersionUID = 1L;

    private final String requestId;

    public MalformedResponseException(String operation, String problem, String requestId, Throwable cause) {
        super(operation + " got a malformed response: " + problem
                + (requestId == null ? "" : " [request id " + requestId + "]"), cause);
        this.requestId = requestId;
    }

    public Optional<String> requestId() {
        return Optional.ofNullable(requestId);
    }
}
