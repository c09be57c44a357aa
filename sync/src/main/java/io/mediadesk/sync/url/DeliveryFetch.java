package io.mediadesk.sync.url;

import java.io.IOException;
import java.io.InputStream;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.Objects;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * GETs what a delivery URL serves, the way a browser would: no API key, one attempt, a time limit
 * on the whole call and a cap on the bytes read. Used to put the CDN's own rendering of a URL
 * next to the local one. An HTTP error is an answer ({@link Served#status()}, with the CDN's
 * {@code ik-error} header), not an exception; only the network failing throws.
 */
public final class DeliveryFetch {
    /** Larger answers are cut off: a preview never needs more. */
    public static final long DEFAULT_MAX_BYTES = 64L << 20;

    private final OkHttpClient http;
    private final long maxBytes;

    private DeliveryFetch(OkHttpClient http, long maxBytes) {
        this.http = http;
        this.maxBytes = maxBytes;
    }

    /** A fetcher whose every call (connect, send, read the body) ends within {@code timeout}. */
    public static DeliveryFetch withTimeout(Duration timeout) {
        return withLimits(timeout, DEFAULT_MAX_BYTES);
    }

    public static DeliveryFetch withLimits(Duration timeout, long maxBytes) {
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero() || maxBytes < 1) {
            throw new IllegalArgumentException("timeout and byte cap must be positive, got " + timeout + " and " + maxBytes);
        }
        OkHttpClient http = new OkHttpClient.Builder().callTimeout(timeout).connectTimeout(timeout).readTimeout(timeout)
                .retryOnConnectionFailure(false).followRedirects(true).build();
        return new DeliveryFetch(http, maxBytes);
    }

    /** What the URL answered: the status, its content type and {@code ik-error} header ("" when absent), the body. */
    public record Served(int status, String contentType, String ikError, byte[] body) {
        public Served {
            contentType = contentType == null ? "" : contentType;
            ikError = ikError == null ? "" : ikError;
            body = body == null ? new byte[0] : body;
        }

        public boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    /**
     * @throws IOException when the network fails or the call runs out of time
     * @throws IllegalArgumentException when {@code url} is not an http(s) URL
     */
    public Served get(String url) throws IOException {
        Request request = new Request.Builder().url(url).get().build();
        try (Response response = http.newCall(request).execute()) {
            ResponseBody body = response.body();
            byte[] bytes = body == null ? new byte[0] : read(body.byteStream());
            return new Served(response.code(), response.header("Content-Type"), response.header("ik-error"), bytes);
        }
    }

    private byte[] read(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        for (int n; (n = in.read(buffer)) > 0; ) {
            total += n;
            if (total > maxBytes) {
                throw new IOException("the answer is larger than " + maxBytes + " bytes");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }
}
