package io.mediadesk.sync.plan;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Asset ids for files the sync creates in the library, derived from the service's ids instead of
 * drawn at random. A run killed after it created an asset but before it recorded the pairing finds
 * the asset again by its id on the next plan, so a download is never made twice. The shape is an
 * asset id's (24 lowercase hex digits).
 */
public final class DerivedIds {
    private DerivedIds() {
    }

    /** The asset a download of service file {@code remoteId} becomes. */
    public static String download(String remoteId) {
        return digest("download:" + remoteId);
    }

    /** The asset that keeps the service's content of one version after a content conflict. */
    public static String conflictCopy(String remoteId, String versionId) {
        return digest("conflict:" + remoteId + "/" + versionId);
    }

    private static String digest(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
