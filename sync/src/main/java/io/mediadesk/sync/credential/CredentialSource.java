package io.mediadesk.sync.credential;

import java.util.Optional;

/**
 * Where the private key comes from. Today the environment ({@link EnvironmentCredentials}); the
 * OS credential store (keychain, libsecret, Windows Credential Manager) will be a second adapter,
 * and never a plaintext file.
 */
@FunctionalInterface
public interface CredentialSource {

    /** The key, or empty when this source has none (callers say how to provide one). */
    Optional<PrivateKey> privateKey();
}
