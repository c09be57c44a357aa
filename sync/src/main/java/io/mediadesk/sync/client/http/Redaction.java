package io.mediadesk.sync.client.http;

import java.util.Locale;
import java.util.Set;
import okhttp3.HttpUrl;

/**
 * What of a request may be written to a log. Credentials travel only in headers and signatures
 * only in a few query parameters, so masking those by name is enough; the desktop's log layout
 * masks known secret values once more on top.
 */
final class Redaction {
    static final String MASK = "[REDACTED]";
    private static final Set<String> SECRET_HEADERS = Set.of("authorization", "proxy-authorization", "cookie", "set-cookie");
    private static final Set<String> SECRET_PARAMS = Set.of("ik-s", "signature", "token", "expire");

    private Redaction() {
    }

    static String header(String name, String value) {
        return SECRET_HEADERS.contains(name.toLowerCase(Locale.ROOT)) ? MASK : value;
    }

    static String url(HttpUrl url) {
        HttpUrl.Builder safe = url.newBuilder();
        for (String name : url.queryParameterNames()) {
            if (SECRET_PARAMS.contains(name.toLowerCase(Locale.ROOT))) {
                safe.setQueryParameter(name, MASK);
            }
        }
        return safe.build().toString();
    }

    /** The operation name in messages: method and path, without the query (it can be long). */
    static String operation(String method, HttpUrl url) {
        return method + " " + url.encodedPath();
    }
}
