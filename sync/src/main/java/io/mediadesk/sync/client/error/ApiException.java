package io.mediadesk.sync.client.error;

import io.mediadesk.sync.SyncException;
import java.util.Optional;

/** The service answered with an error status; carries its status, error body and request id. */
public abstract class ApiException extends SyncException {
    private static final long serialVersionUID = 1L;

    private final String operation;
    private final int status;
    private final transient ServiceError error;
    private final String requestId;

    protected ApiException(String operation, int status, ServiceError error, String requestId) {
        super(operation + " failed: HTTP " + status + ": " + error.describe()
                + (requestId == null ? "" : " [request id " + requestId + "]"));
        this.operation = operation;
        this.status = status;
        this.error = error;
        this.requestId = requestId;
    }

    /** e.g. {@code GET /v1/files/abc/details}. */
    public String operation() {
        return operation;
    }

    public int status() {
        return status;
    }

    public ServiceError error() {
        return error;
    }

    /** The {@code x-ik-requestId} to quote in a support ticket. */
    public Optional<String> requestId() {
        return Optional.ofNullable(requestId);
    }
}
