package io.mediadesk.sync.credential;

/**
 * A credential source that can also keep and forget the key: the OS credential store (the
 * keychain on macOS, the Secret Service on Linux, the Credential Manager on Windows). Every method
 * throws {@link CredentialStoreUnavailableException} when the store cannot be reached or is locked:
 * the caller then asks for the key another way or refuses, and never writes it to a file instead.
 */
public interface CredentialStore extends CredentialSource {

    /** Keeps {@code key}, replacing the one kept before. */
    void store(PrivateKey key);

    /** Removes the kept key ("forget key"); nothing kept is not an error. */
    void forget();
}
