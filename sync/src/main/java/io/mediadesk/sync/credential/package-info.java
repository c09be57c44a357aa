/**
 * The account's private API key and where it comes from. {@link io.mediadesk.sync.credential.PrivateKey}
 * never hands out or prints the raw key: it only builds the Basic credential and HMAC signatures
 * (and, inside this package only, hands its bytes to the OS store on a pipe), so the key cannot
 * leak into a URL, an exception or a log line by accident.
 * {@link io.mediadesk.sync.credential.CredentialSource} is the port;
 * {@link io.mediadesk.sync.credential.CredentialStore} adds store and forget for the OS credential
 * store, on Linux {@link io.mediadesk.sync.credential.SecretToolCredentials} (the Secret Service
 * through {@code secret-tool}, no shell, the secret on stdin); the environment variable is
 * {@link io.mediadesk.sync.credential.EnvironmentCredentials}; {@link io.mediadesk.sync.credential.CredentialChain}
 * asks the store first, then the environment. Never a plaintext file. JDK and SLF4J only.
 */
package io.mediadesk.sync.credential;
