/**
 * The account's private API key and where it comes from. {@link io.mediadesk.sync.credential.PrivateKey}
 * never hands out or prints the raw key: it only builds the Basic credential and HMAC signatures,
 * so the key cannot leak into a URL, an exception or a log line by accident. A
 * {@link io.mediadesk.sync.credential.CredentialSource} is the port behind which the environment
 * variable lives today and the OS credential store will live later. JDK only.
 */
package io.mediadesk.sync.credential;
