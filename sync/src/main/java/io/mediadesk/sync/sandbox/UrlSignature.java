package io.mediadesk.sync.sandbox;

import java.util.ArrayList;
import java.util.List;

/**
 * Signed delivery URLs (spec 6.3): {@code ik-s} is the hex HMAC-SHA1, with the private key, of the
 * URL after the endpoint's slash (path plus {@code ?query}, without {@code ik-t}/{@code ik-s})
 * followed by the expiry ({@code ik-t}, or {@code 9999999999} for a URL that never expires).
 */
final class UrlSignature {
    static final String NEVER = "9999999999";

    /** What a delivery URL says about its signature. */
    record Parts(String remainder, String expiry, String signature) {
        boolean signed() {
            return signature != null;
        }
    }

    private UrlSignature() {
    }

    /** Splits the raw path after the endpoint and the raw query into the signed remainder and the signature. */
    static Parts parse(String rawPath, String rawQuery) {
        List<String> kept = new ArrayList<>();
        String expiry = null;
        String signature = null;
        if (rawQuery != null && !rawQuery.isEmpty()) {
            for (String pair : rawQuery.split("&")) {
                if (pair.startsWith("ik-t=")) {
                    expiry = pair.substring(5);
                } else if (pair.startsWith("ik-s=")) {
                    signature = pair.substring(5);
                } else {
                    kept.add(pair);
                }
            }
        }
        String remainder = kept.isEmpty() ? rawPath : rawPath + "?" + String.join("&", kept);
        return new Parts(remainder, expiry, signature);
    }

    /** Throws 401 when the signature does not match or the URL has expired. */
    static void verify(Parts parts, String privateKey, long nowSeconds) {
        String expiry = parts.expiry() == null ? NEVER : parts.expiry();
        if (!expiry.matches("\\d{1,12}")) {
            throw new ApiError(401, "The signed URL has an invalid ik-t.");
        }
        if (!Hmac.matches(Hmac.sha1Hex(privateKey, parts.remainder() + expiry), parts.signature())) {
            throw new ApiError(401, "The URL signature does not match: the URL was altered or signed with another key.");
        }
        if (Long.parseLong(expiry) < nowSeconds) {
            throw new ApiError(401, "The signed URL has expired.");
        }
    }
}
