package io.mediadesk.sync.client;

import io.mediadesk.sync.client.http.HttpStack;
import io.mediadesk.sync.client.http.RetryNotice;
import io.mediadesk.sync.client.http.RetryPolicy;
import io.mediadesk.sync.client.http.TimeSource;
import java.time.Duration;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * How to reach the service and how patiently. Immutable; each {@code withX} returns a copy. The
 * defaults are the real service's bases, a {@code mediadesk/dev} user agent, 10 s to connect, 60 s
 * between bytes, responses up to 32 MiB, and {@link RetryPolicy#defaults()}.
 */
public record ClientConfig(HttpUrl apiBase, HttpUrl uploadBase, String userAgent, Duration connectTimeout,
        Duration readTimeout, Duration writeTimeout, long maxResponseBytes, RetryPolicy retry, TimeSource time,
        RandomGenerator random, Consumer<RetryNotice> retryObserver, OkHttpClient httpBase) {

    public static final String DEFAULT_API_BASE = "https://api.imagekit.io";
    public static final String DEFAULT_UPLOAD_BASE = "https://upload.imagekit.io";

    public ClientConfig {
        Objects.requireNonNull(apiBase, "apiBase");
        Objects.requireNonNull(uploadBase, "uploadBase");
    }

    public static ClientConfig defaults() {
        return new ClientConfig(HttpUrl.get(DEFAULT_API_BASE), HttpUrl.get(DEFAULT_UPLOAD_BASE), "mediadesk/dev",
                Duration.ofSeconds(10), Duration.ofSeconds(60), Duration.ofSeconds(60), 32L << 20,
                RetryPolicy.defaults(), TimeSource.system(), new SplittableRandom(), notice -> { }, HttpStack.shared());
    }

    /** Throws {@link IllegalArgumentException} unless both are http(s) URLs. */
    public ClientConfig withBases(String api, String upload) {
        return new ClientConfig(base(api), base(upload), userAgent, connectTimeout, readTimeout, writeTimeout,
                maxResponseBytes, retry, time, random, retryObserver, httpBase);
    }

    /** {@code mediadesk/<version>}. */
    public ClientConfig withVersion(String version) {
        return new ClientConfig(apiBase, uploadBase, "mediadesk/" + version, connectTimeout, readTimeout, writeTimeout,
                maxResponseBytes, retry, time, random, retryObserver, httpBase);
    }

    public ClientConfig withRetry(RetryPolicy policy) {
        return new ClientConfig(apiBase, uploadBase, userAgent, connectTimeout, readTimeout, writeTimeout,
                maxResponseBytes, policy, time, random, retryObserver, httpBase);
    }

    /** Injected time and randomness: tests run the retry policy without sleeping, reproducibly. */
    public ClientConfig withClock(TimeSource timeSource, RandomGenerator randomness) {
        return new ClientConfig(apiBase, uploadBase, userAgent, connectTimeout, readTimeout, writeTimeout,
                maxResponseBytes, retry, timeSource, randomness, retryObserver, httpBase);
    }

    public ClientConfig withTimeouts(Duration connect, Duration read, Duration write) {
        return new ClientConfig(apiBase, uploadBase, userAgent, connect, read, write,
                maxResponseBytes, retry, time, random, retryObserver, httpBase);
    }

    public ClientConfig withMaxResponseBytes(long bytes) {
        return new ClientConfig(apiBase, uploadBase, userAgent, connectTimeout, readTimeout, writeTimeout,
                bytes, retry, time, random, retryObserver, httpBase);
    }

    public ClientConfig withRetryObserver(Consumer<RetryNotice> observer) {
        return new ClientConfig(apiBase, uploadBase, userAgent, connectTimeout, readTimeout, writeTimeout,
                maxResponseBytes, retry, time, random, observer, httpBase);
    }

    /** The process's one OkHttp client to derive from (shares its pool and threads). */
    public ClientConfig withHttpBase(OkHttpClient base) {
        return new ClientConfig(apiBase, uploadBase, userAgent, connectTimeout, readTimeout, writeTimeout,
                maxResponseBytes, retry, time, random, retryObserver, base);
    }

    private static HttpUrl base(String url) {
        HttpUrl parsed = url == null ? null : HttpUrl.parse(url.strip());
        if (parsed == null) {
            throw new IllegalArgumentException("not an http(s) URL: " + url);
        }
        return parsed;
    }
}
