package io.mediadesk.sync.client.http;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import okhttp3.Headers;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs each exchange as it goes on the wire (a network interceptor, so it sees the headers the
 * auth interceptor added): one DEBUG line per request and per answer, headers at TRACE. Secret
 * headers and signature parameters are masked; bodies are never logged, because upload bodies
 * are whole images and JSON bodies are not needed to follow a conversation.
 */
final class RedactingLogInterceptor implements Interceptor {
    private static final Logger LOG = LoggerFactory.getLogger("io.mediadesk.sync.http");

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        String target = request.method() + " " + Redaction.url(request.url());
        LOG.debug("-> {}", target);
        trace("->", request.headers());
        long start = System.nanoTime();
        try {
            Response response = chain.proceed(request);
            long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            LOG.debug("<- {} {} ({} ms, request id {})", response.code(), target, ms, response.header("x-ik-requestId", "-"));
            trace("<-", response.headers());
            return response;
        } catch (IOException e) {
            LOG.debug("<- failed {}: {}", target, e.toString());
            throw e;
        }
    }

    private static void trace(String direction, Headers headers) {
        if (LOG.isTraceEnabled()) {
            for (int i = 0; i < headers.size(); i++) {
                LOG.trace("{} {}: {}", direction, headers.name(i), Redaction.header(headers.name(i), headers.value(i)));
            }
        }
    }
}
