package io.mediadesk.sync.sandbox;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one handler in front of every endpoint: route, apply the armed fault, check the key and the
 * rate limit, run the endpoint, add the common headers, answer. Faults are applied here and only
 * here, so they behave the same on every endpoint of a family.
 */
final class Gateway implements HttpHandler {
    private static final Logger LOG = LoggerFactory.getLogger(Gateway.class);
    /** An early error answer still reads this much of an unread body, so the client sees the answer. */
    private static final long DRAIN_LIMIT = 256L * 1024 * 1024;

    private final Routes routes;
    private final Faults faults;
    private final Supplier<Access> access;
    private final RateLimit rateLimit;
    private final Store store;
    private final RequestLog log;

    Gateway(Routes routes, Faults faults, Supplier<Access> access, RateLimit rateLimit, Store store, RequestLog log) {
        this.routes = routes;
        this.faults = faults;
        this.access = access;
        this.rateLimit = rateLimit;
        this.store = store;
        this.log = log;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        Instant arrived = Instant.now(); // pacing checks compare arrivals, not how long a request took
        String path = exchange.getRequestURI().getRawPath();
        Optional<Routes.Match> match = routes.match(exchange.getRequestMethod(), path);
        if (match.isEmpty() || !match.get().allowed()) {
            int status = match.isEmpty() ? 404 : 405;
            try {
                send(exchange, new ApiError(status, match.isEmpty() ? "Not found: " + path : "Method not allowed").reply(), null, s -> { });
            } finally {
                exchange.close();
            }
            return;
        }
        Family family = match.get().route().family();
        Optional<Fault> fault = faults.take(family);
        String faultName = fault.map(f -> f.getClass().getSimpleName()).orElse(null);
        boolean[] logged = {false};
        // Logged before the answer goes out: a client that has its answer finds its request in the log.
        IntConsumer logAnswer = status -> {
            logged[0] = true;
            log.add(new RequestRecord(arrived, exchange.getRequestMethod(), path, family, status, faultName));
        };
        try {
            serve(exchange, match.get(), fault.orElse(null), logAnswer);
        } finally {
            if (!logged[0]) {
                logAnswer.accept(-1);
            }
            exchange.close();
        }
    }

    /** Returns the status sent, or -1 when the fault left the request unanswered. */
    private int serve(HttpExchange exchange, Routes.Match match, Fault fault, IntConsumer logAnswer) throws IOException {
        Family family = match.route().family();
        if (fault instanceof Fault.Delay d) {
            pause(d);
        } else if (fault instanceof Fault.ServerError e) {
            return send(exchange, new ApiError(e.status(), "We have encountered an internal error. Please try again.").reply(), family, logAnswer);
        } else if (fault instanceof Fault.TooManyRequests t) {
            Reply reply = Reply.json(429, Map.of("message", "A lot of requests are being sent. Please slow down."));
            t.headers().forEach(reply::header);
            return send(exchange, reply, null, logAnswer);
        } else if (fault instanceof Fault.DropConnection d) {
            exchange.getRequestBody().readNBytes((int) Math.min(Integer.MAX_VALUE, d.afterBytes()));
            return -1;
        }
        Reply reply = answer(new Call(exchange, match.captures()), match.route());
        if (fault instanceof Fault.LoseResponse) {
            return -1;
        }
        return send(exchange, reply, family, logAnswer);
    }

    private Reply answer(Call call, Routes.Route route) {
        Family family = route.family();
        RateLimit.Verdict verdict = family.rateLimited() ? rateLimit.take() : null;
        Reply reply;
        try {
            if (family.authenticated() && !(family == Family.UPLOAD && call.header("Authorization").isEmpty())) {
                access.get().check(call);
            }
            if (verdict != null && !verdict.allowed()) {
                throw new ApiError(429, "A lot of requests are being sent. Please slow down.");
            }
            reply = run(call, route);
        } catch (ApiError e) {
            reply = e.reply();
        } catch (IOException | RuntimeException e) {
            LOG.warn("sandbox endpoint {} {} failed", call.method(), call.rawPath(), e);
            reply = new ApiError(500, "The sandbox failed on this request: " + e).reply();
        }
        if (verdict != null) {
            verdict.headers().forEach(reply::header);
        }
        return reply;
    }

    /** API calls run one at a time on the state and persist it; upload and delivery lock only briefly themselves. */
    private Reply run(Call call, Routes.Route route) throws IOException {
        Family family = route.family();
        if (family == Family.UPLOAD || family == Family.DELIVERY) {
            return route.endpoint().answer(call);
        }
        return store.locked(() -> {
            if (call.method().equals("GET")) {
                return route.endpoint().answer(call);
            }
            try {
                Reply reply = route.endpoint().answer(call);
                store.save();
                return reply;
            } finally {
                store.changed(); // also when it failed half-way: a listing must not serve rows cached before
            }
        });
    }

    private int send(HttpExchange exchange, Reply reply, Family family, IntConsumer logAnswer) throws IOException {
        drain(exchange.getRequestBody());
        logAnswer.accept(reply.status());
        if (family == null || family != Family.DELIVERY) {
            exchange.getResponseHeaders().set("x-ik-requestId", store.ids().requestId());
        }
        reply.headers().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
        if (reply.contentType() != null) {
            exchange.getResponseHeaders().set("Content-Type", reply.contentType());
        }
        boolean bodiless = reply.status() == 204 || reply.status() == 304 || exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(reply.status(), bodiless ? -1 : reply.body().length == 0 ? -1 : reply.body().length);
        if (!bodiless) {
            exchange.getResponseBody().write(reply.body());
        }
        return reply.status();
    }

    private static void drain(InputStream body) throws IOException {
        long skipped = 0;
        byte[] buffer = new byte[64 * 1024];
        int n;
        while (skipped < DRAIN_LIMIT && (n = body.read(buffer)) > 0) {
            skipped += n;
        }
    }

    private static void pause(Fault.Delay delay) {
        try {
            Thread.sleep(delay.delay().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
