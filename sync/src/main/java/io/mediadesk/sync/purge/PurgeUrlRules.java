package io.mediadesk.sync.purge;

import java.net.URI;
import java.util.Arrays;
import java.util.Optional;

/**
 * What the service accepts as a purge URL (spec 4), checked before anything is sent: a refused
 * purge still costs a request against the rate limit, and a 400 in the middle of a 10,000-URL run
 * is a worse place to learn of a typo than the command line.
 *
 * <p>The wildcard rules: one {@code *}, only at the very end, and the path before it (after the
 * account's URL endpoint; without a known endpoint, after the first path segment, the imagekit id
 * on {@code ik.imagekit.io}) must have two levels ({@code /images/upload*}), or be 15 characters
 * long counted without the {@code *} (the spec leaves that open; the stand-in counts the same way),
 * or be a whole file name with an extension ({@code /sample.jpg*}). {@code /media/catalog/*} and
 * {@code /s/files/*} are never allowed.
 */
final class PurgeUrlRules {
    static final int MIN_WILDCARD_LENGTH = 15;

    private final String endpoint;

    /** {@code endpoint}: the account's URL endpoint without a trailing slash, or null when unknown. */
    PurgeUrlRules(String endpoint) {
        this.endpoint = endpoint;
    }

    /** Why the service would refuse {@code url}, or empty when it would take it. */
    Optional<String> refusal(String url) {
        Optional<String> path = path(url);
        if (path.isEmpty()) {
            return Optional.of("not an absolute http(s) URL");
        }
        return wildcardRefusal(path.get());
    }

    /** The path the wildcard rules measure, with the query kept (a {@code ?tr=} variant is a distinct URL). */
    Optional<String> path(String url) {
        if (endpoint != null && url.startsWith(endpoint + "/")) {
            return Optional.of(url.substring(endpoint.length()));
        }
        try {
            URI uri = URI.create(url.replace("*", "%2A"));
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || uri.getRawPath() == null) {
                return Optional.empty();
            }
            String rest = (uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())).replace("%2A", "*");
            int second = rest.indexOf('/', 1);
            return Optional.of(endpoint == null && second > 0 ? rest.substring(second) : rest);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Whether {@code path} (as {@link #path} gives it) may end in a wildcard. */
    static boolean wildcardAllowed(String path) {
        return wildcardRefusal(path + "*").isEmpty();
    }

    private static Optional<String> wildcardRefusal(String path) {
        int star = path.indexOf('*');
        if (star < 0) {
            return Optional.empty();
        }
        if (star != path.length() - 1) {
            return Optional.of("a wildcard * is allowed once, at the very end of the URL");
        }
        String prefix = path.substring(0, star);
        if (prefix.equals("/media/catalog/") || prefix.equals("/s/files/")) {
            return Optional.of("the service never allows a wildcard on " + prefix);
        }
        long levels = Arrays.stream(prefix.split("/")).filter(s -> !s.isEmpty()).count();
        boolean fileName = prefix.matches(".*/[^/?]+\\.[A-Za-z0-9]+");
        if (levels < 2 && prefix.length() < MIN_WILDCARD_LENGTH && !fileName) {
            return Optional.of("a wildcard needs a path of two levels (/images/upload*), " + MIN_WILDCARD_LENGTH
                    + " characters, or a whole file name (/sample.jpg*) before it");
        }
        return Optional.empty();
    }
}
