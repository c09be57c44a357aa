package io.mediadesk.sync.credential;

/** The OS credential store cannot be used now: not installed, no session, locked, or it timed out. */
public final class CredentialStoreUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CredentialStoreUnavailableException(String message) {
        super(message);
    }

    public CredentialStoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
