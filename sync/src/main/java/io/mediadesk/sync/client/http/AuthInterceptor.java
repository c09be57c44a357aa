package io.mediadesk.sync.client.http;

import io.mediadesk.sync.credential.PrivateKey;
import java.io.IOException;
import java.util.Set;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Adds {@code Authorization: Basic base64(key + ":")} to requests for the configured API and upload
 * hosts only: a URL that points anywhere else (say, one taken from a response) never sees the key.
 */
final class AuthInterceptor implements Interceptor {
    private final PrivateKey key;
    private final Set<String> hosts;

    AuthInterceptor(PrivateKey key, Set<String> hosts) {
        this.key = key;
        this.hosts = Set.copyOf(hosts);
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        if (!hosts.contains(request.url().host())) {
            return chain.proceed(request.newBuilder().removeHeader("Authorization").build());
        }
        return chain.proceed(request.newBuilder().header("Authorization", key.basicAuthorization()).build());
    }
}
