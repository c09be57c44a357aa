package io.mediadesk.sync.url;

import io.mediadesk.sync.credential.PrivateKey;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The delivery URLs of one URL endpoint, e.g. {@code https://ik.imagekit.io/demo} or one with an
 * extra path pattern ({@code https://ik.imagekit.io/demo/pattern}).
 *
 * <pre>{@code
 * DeliveryUrls urls = DeliveryUrls.of("https://ik.imagekit.io/demo");
 * urls.path("sample.jpg").transformation("w-300,h-200").build();
 *     // https://ik.imagekit.io/demo/tr:w-300,h-200/sample.jpg
 * urls.path("sample.jpg").transformation("w-300").position(TransformationPosition.QUERY)
 *     .queryParam("v", "2").signedWith(key).expiresIn(600).build();
 *     // https://ik.imagekit.io/demo/sample.jpg?v=2&tr=w-300&ik-t=...&ik-s=...
 * }</pre>
 *
 * The clock is injectable so expiring URLs are testable to the second.
 */
public final class DeliveryUrls {
    private final String endpoint;
    private final Clock clock;

    private DeliveryUrls(String endpoint, Clock clock) {
        this.endpoint = endpoint;
        this.clock = clock;
    }

    public static DeliveryUrls of(String endpoint) {
        return of(endpoint, Clock.systemUTC());
    }

    /** Throws {@link IllegalArgumentException} unless {@code endpoint} is an absolute http(s) URL without query. */
    public static DeliveryUrls of(String endpoint, Clock clock) {
        Objects.requireNonNull(endpoint, "endpoint");
        String trimmed = endpoint.strip().replaceAll("/+$", "");
        URI uri;
        try {
            uri = URI.create(trimmed);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the URL endpoint is not a URL: " + endpoint, e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null
                || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException("the URL endpoint must be an http(s) URL without query, like "
                    + "https://ik.imagekit.io/your_id, got " + endpoint);
        }
        return new DeliveryUrls(trimmed, Objects.requireNonNull(clock, "clock"));
    }

    /** The endpoint without a trailing slash. */
    public String endpoint() {
        return endpoint;
    }

    /** A URL for {@code path}, relative to the endpoint; a query in it ({@code a.jpg?v=1}) is kept. */
    public DeliveryUrlBuilder path(String path) {
        return new DeliveryUrlBuilder(this, path);
    }

    /**
     * Signs a URL the API handed out for the file at {@code filePath} (its {@code url}), expiring in
     * {@code seconds}: private files need a signed URL for their original (spec 6.4). The endpoint
     * is what precedes the path's segments in the URL; a query in it is kept and signed too.
     *
     * @throws IllegalArgumentException when the URL does not end in the file's path
     */
    public static String signServed(String url, String filePath, PrivateKey key, long seconds, Clock clock) {
        int q = url.indexOf('?');
        String endpoint = q < 0 ? url : url.substring(0, q);
        List<String> segments = Arrays.stream(filePath.split("/")).filter(s -> !s.isEmpty()).toList();
        for (int i = segments.size() - 1; i >= 0; i--) {
            int slash = endpoint.lastIndexOf('/');
            if (slash < 0 || !decoded(endpoint.substring(slash + 1)).equals(segments.get(i))) {
                throw new IllegalArgumentException("cannot sign " + url + ": it does not end in the file's path " + filePath);
            }
            endpoint = endpoint.substring(0, slash);
        }
        return of(endpoint, clock).path(String.join("/", segments) + (q < 0 ? "" : url.substring(q))).signedWith(key)
                .expiresIn(seconds).build();
    }

    private static String decoded(String segment) {
        try {
            return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return segment;
        }
    }

    Clock clock() {
        return clock;
    }
}
