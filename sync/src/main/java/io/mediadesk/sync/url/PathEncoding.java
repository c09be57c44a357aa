package io.mediadesk.sync.url;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Percent-encoding for the parts of a delivery URL. A signature covers the exact bytes the browser
 * requests, so the path is encoded the way a browser encodes it (the WHATWG path percent-encode set:
 * controls, space, {@code " # < > ? ` { }} and every non-ASCII byte as UTF-8), and nothing else:
 * an existing {@code %XX} stays as written.
 */
final class PathEncoding {
    private static final String PATH_SPECIALS = " \"#<>?`{}";
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private PathEncoding() {
    }

    static String path(String path) {
        StringBuilder out = new StringBuilder(path.length() + 16);
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c <= 0x20 || c >= 0x7f || PATH_SPECIALS.indexOf(c) >= 0) {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
            } else {
                out.append((char) c);
            }
        }
        return out.toString();
    }

    /** Form encoding for extra query parameters, as the SDKs' URLSearchParams does it. */
    static String queryComponent(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
