package io.mediadesk.sync.client.http;

import io.mediadesk.sync.credential.PrivateKey;
import java.time.Duration;
import java.util.Set;
import okhttp3.OkHttpClient;

/**
 * The one OkHttp client of the process and the clients derived from it. Derived clients
 * ({@code newBuilder()}) share its connection pool and dispatcher threads, so every account and
 * every resource talks through one pool, as OkHttp recommends.
 */
public final class HttpStack {
    private static final class Holder {
        static final OkHttpClient SHARED = new OkHttpClient.Builder().build();
    }

    private HttpStack() {
    }

    public static OkHttpClient shared() {
        return Holder.SHARED;
    }

    /**
     * A client for one account: auth and user agent on every call, pacing by the rate-limit
     * headers, redacting logs on the wire. OkHttp's own silent retry is off and redirects are not
     * followed, so every attempt is one the retry loop counted and decided on.
     */
    public static OkHttpClient forAccount(OkHttpClient base, Account account, TimeSource time, Duration maxServerWait) {
        return base.newBuilder()
                .addInterceptor(new UserAgentInterceptor(account.userAgent()))
                .addInterceptor(new AuthInterceptor(account.key(), account.hosts()))
                .addInterceptor(new RateLimitGate(time, maxServerWait))
                .addNetworkInterceptor(new RedactingLogInterceptor())
                .retryOnConnectionFailure(false)
                .followRedirects(false)
                .followSslRedirects(false)
                .connectTimeout(account.connectTimeout())
                .readTimeout(account.readTimeout())
                .writeTimeout(account.writeTimeout())
                .build();
    }

    /** Who we are to the service and how patient we are with it. */
    public record Account(PrivateKey key, Set<String> hosts, String userAgent, Duration connectTimeout,
            Duration readTimeout, Duration writeTimeout) {
    }
}
