package io.mediadesk.sync.sim;

import io.mediadesk.sync.run.Content;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** In-memory content with its real SHA-256. */
record Bytes(byte[] data, String hash) implements Content {

    static Bytes of(byte[] data) {
        return new Bytes(data, sha256(data));
    }

    static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public long size() {
        return data.length;
    }

    @Override
    public InputStream open() {
        return new ByteArrayInputStream(data);
    }

    static byte[] read(Content content) {
        try (InputStream in = content.open()) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
