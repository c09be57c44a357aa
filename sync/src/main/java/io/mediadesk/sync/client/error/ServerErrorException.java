package io.mediadesk.sync.client.error;

/** A 5xx answer that outlived the retries (or was not safe to retry): try again later. */
public class ServerErrorException extends ApiException {
    private static final long serialVersionUID = 1L;

    public ServerErrorException(String operation, int status, ServiceError error, String requestId) {
        super(operation, status, error, requestId);
    }
}
