package io.mediadesk.sync.credential;

import java.util.Optional;

/**
 * Where the private key comes from: the OS credential store ({@link CredentialStore}, on Linux
 * {@link SecretToolCredentials}), the environment ({@link EnvironmentCredentials}), or both in
 * that order ({@link CredentialChain}). Never a plaintext file.
 */
@FunctionalInterface
public interface CredentialSource {

    /** The key, or empty when this source has none (callers say how to provide one). */
    Optional<PrivateKey> privateKey();
}
