package io.mediadesk.sync.client.error;

/** A 4xx answer: the request was wrong (bad parameter, missing file, conflict). Never retried. */
public class ClientErrorException extends ApiException {
    private static final long serialVersionUID = 1L;

    public ClientErrorException(String operation, int status, ServiceError error, String requestId) {
        super(operation, status, error, requestId);
    }

    public boolean isNotFound() {
        return status() == 404;
    }

    public boolean isConflict() {
        return status() == 409;
    }
}
