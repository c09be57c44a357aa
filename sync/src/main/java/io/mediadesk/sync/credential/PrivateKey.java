package io.mediadesk.sync.credential;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The account's private API key. There is deliberately no accessor for the raw value: callers get
 * what they need from it (the Basic credential, a signature) and nothing they could print.
 */
public final class PrivateKey {
    private static final String MASK = "PrivateKey[****]";

    private final String value;

    private PrivateKey(String value) {
        this.value = value;
    }

    /** A key from its text; surrounding white space (a pasted newline) is dropped. */
    public static PrivateKey of(String value) {
        Objects.requireNonNull(value, "value");
        String key = value.strip();
        if (key.isEmpty()) {
            throw new IllegalArgumentException("the private key is empty");
        }
        if (key.chars().anyMatch(c -> c < 0x21 || c > 0x7e)) {
            // Said without echoing the key: the message may end up in a log.
            throw new IllegalArgumentException("the private key contains white space or non-ASCII characters");
        }
        return new PrivateKey(key);
    }

    /** {@code Basic base64("<key>:")}: the service's username is the key, the password empty. */
    public String basicAuthorization() {
        return "Basic " + Base64.getEncoder().encodeToString((value + ":").getBytes(StandardCharsets.UTF_8));
    }

    /** Lowercase hex HMAC-SHA1 of {@code message} keyed with this key (signed URLs, upload tokens). */
    public String sign(String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(value.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            // Every JDK ships HmacSHA1; reaching this is a broken runtime, not a bad key.
            throw new IllegalStateException("HmacSHA1 is not available", e);
        }
    }

    /**
     * The key's bytes, for the one place that must hand it over whole: the OS credential store,
     * which gets it on a pipe. Package-private on purpose; callers elsewhere cannot print it.
     */
    byte[] secretBytes() {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    /** Whether this is the same key as {@code other}, compared in constant time. */
    public boolean sameAs(PrivateKey other) {
        return other != null && java.security.MessageDigest.isEqual(
                value.getBytes(StandardCharsets.UTF_8), other.value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return MASK;
    }
}
