package io.mediadesk.sync.client.error;

/**
 * 401 or 403: the key is missing, wrong, expired or revoked, or the account is disabled or over a
 * limit. Never retried (a retry cannot fix a key, and a storm of them could lock the account); the
 * caller stops and asks for the key again.
 */
public class AuthenticationException extends ClientErrorException {
    private static final long serialVersionUID = 1L;

    public AuthenticationException(String operation, int status, ServiceError error, String requestId) {
        super(operation, status, error, requestId);
    }
}
