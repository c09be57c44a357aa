package io.mediadesk.sync.url;

import java.net.URI;
import java.time.Clock;
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

    Clock clock() {
        return clock;
    }
}
