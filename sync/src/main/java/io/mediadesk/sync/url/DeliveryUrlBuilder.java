package io.mediadesk.sync.url;

import io.mediadesk.sync.credential.PrivateKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One delivery URL being put together. Order of the query follows the current SDKs: the path's own
 * query, then extra parameters in the order given, then {@code tr=} (unencoded: commas and colons
 * stay literal), then {@code ik-t} and {@code ik-s}.
 */
public final class DeliveryUrlBuilder {
    /** The expiry the service expects in a signature that never expires (spec §6.3). */
    public static final long NEVER_EXPIRES = 9_999_999_999L;

    private final DeliveryUrls urls;
    private final String path;
    private final String pathQuery;
    private final List<String> params = new ArrayList<>();
    private String transformation = "";
    private TransformationPosition position = TransformationPosition.PATH;
    private PrivateKey key;
    private long expiresInSeconds;

    DeliveryUrlBuilder(DeliveryUrls urls, String path) {
        Objects.requireNonNull(path, "path");
        if (path.matches("(?i)^[a-z][a-z0-9+.-]*://.*")) {
            throw new IllegalArgumentException("the path is relative to the URL endpoint, not a URL: " + path);
        }
        int q = path.indexOf('?');
        this.urls = urls;
        this.path = (q < 0 ? path : path.substring(0, q)).replaceAll("^/+", "");
        this.pathQuery = q < 0 ? "" : path.substring(q + 1);
    }

    /** The transformation string, with or without a leading {@code tr:}; empty for none. */
    public DeliveryUrlBuilder transformation(String text) {
        String t = text == null ? "" : text.strip();
        this.transformation = t.startsWith("tr:") || t.startsWith("tr=") ? t.substring(3) : t;
        return this;
    }

    public DeliveryUrlBuilder position(TransformationPosition where) {
        this.position = Objects.requireNonNull(where, "where");
        return this;
    }

    /** An extra query parameter, form-encoded; kept in the order added. */
    public DeliveryUrlBuilder queryParam(String name, String value) {
        params.add(PathEncoding.queryComponent(name) + "=" + PathEncoding.queryComponent(value));
        return this;
    }

    /** Signs the URL with {@code privateKey} ({@code ik-s}). */
    public DeliveryUrlBuilder signedWith(PrivateKey privateKey) {
        this.key = Objects.requireNonNull(privateKey, "privateKey");
        return this;
    }

    /** Makes the signature expire {@code seconds} from now ({@code ik-t}); needs {@link #signedWith}. */
    public DeliveryUrlBuilder expiresIn(long seconds) {
        if (seconds <= 0) {
            throw new IllegalArgumentException("expiry must be a positive number of seconds, got " + seconds);
        }
        this.expiresInSeconds = seconds;
        return this;
    }

    public String build() {
        if (expiresInSeconds > 0 && key == null) {
            throw new IllegalStateException("an expiring URL must be signed: call signedWith(key)");
        }
        String unsigned = unsigned();
        return key == null ? unsigned : sign(unsigned);
    }

    private String unsigned() {
        StringBuilder url = new StringBuilder(urls.endpoint()).append('/');
        boolean inPath = !transformation.isEmpty() && position == TransformationPosition.PATH;
        if (inPath) {
            url.append("tr:").append(transformation).append('/');
        }
        url.append(PathEncoding.path(path));
        List<String> query = new ArrayList<>();
        if (!pathQuery.isEmpty()) {
            query.add(pathQuery);
        }
        query.addAll(params);
        if (!transformation.isEmpty() && !inPath) {
            query.add("tr=" + transformation);
        }
        return query.isEmpty() ? url.toString() : url.append('?').append(String.join("&", query)).toString();
    }

    /** Spec §6.3: sign the part after {@code <endpoint>/} plus the expiry, then append ik-t and ik-s. */
    private String sign(String unsigned) {
        String remainder = unsigned.substring(urls.endpoint().length() + 1);
        long expiry = expiresInSeconds > 0 ? urls.clock().instant().getEpochSecond() + expiresInSeconds : NEVER_EXPIRES;
        String signature = key.sign(remainder + expiry);
        StringBuilder url = new StringBuilder(unsigned).append(unsigned.indexOf('?') < 0 ? '?' : '&');
        if (expiresInSeconds > 0) {
            url.append("ik-t=").append(expiry).append('&');
        }
        return url.append("ik-s=").append(signature).toString();
    }
}
