package io.mediadesk.sync.client.http;

import io.mediadesk.sync.SyncException;
import io.mediadesk.sync.client.error.CancelledException;
import io.mediadesk.sync.client.error.MalformedResponseException;
import io.mediadesk.sync.client.error.TransportException;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import okhttp3.Call;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a call and owns its retries: at most {@link RetryPolicy#maxAttempts()} attempts; backoff
 * with jitter between them, or the wait the service asked for (clamped); retries drawn from a
 * budget; creates never sent twice unless the service surely did not act or a {@link Reconciler}
 * showed the first attempt left nothing behind.
 */
public final class CallExecutor {
    private static final Logger LOG = LoggerFactory.getLogger(CallExecutor.class);
    private static final long MAX_ERROR_BODY = 64 * 1024;

    private final OkHttpClient http;
    private final RetryPolicy policy;
    private final TimeSource time;
    private final Backoff backoff;
    private final RetryBudget budget;
    private final ServiceErrors errors;
    private final long maxBodyBytes;
    private final Consumer<RetryNotice> observer;

    public CallExecutor(OkHttpClient http, RetryPolicy policy, TimeSource time, RandomGenerator random,
            JsonCodec json, long maxBodyBytes, Consumer<RetryNotice> observer) {
        this.http = http;
        this.policy = policy;
        this.time = time;
        this.backoff = new Backoff(policy, random);
        this.budget = new RetryBudget(policy, time);
        this.errors = new ServiceErrors(json, policy.maxServerWait());
        this.maxBodyBytes = maxBodyBytes;
        this.observer = observer;
    }

    public ApiResponse execute(ApiRequest call) {
        return execute(call, Function.identity(), null, null);
    }

    /**
     * Runs {@code call} to a decoded result or the exception of its kind. {@code reconciler} (may be
     * null) is asked before a non-idempotent call is re-sent after an answer was lost.
     */
    public <T> T execute(ApiRequest call, Function<ApiResponse, T> decode, Reconciler<T> reconciler, Cancellation cancel) {
        budget.recordRequest();
        for (int attempt = 1; ; attempt++) {
            Instant start = time.now();
            Attempt outcome = send(call, cancel);
            if (outcome.response() != null) {
                return decode.apply(outcome.response());
            }
            Failure failure = outcome.failure();
            boolean mustReconcile = failure.maybeProcessed() && call.idempotency() == Idempotency.NOT_IDEMPOTENT;
            Duration wait = retryWait(call, failure, attempt, mustReconcile && reconciler != null);
            pause(new RetryNotice(call.operation(), attempt + 1, clamp(wait), failure.cause(), wait.compareTo(clamp(wait)) > 0));
            if (mustReconcile) {
                Optional<T> found = reconcile(reconciler, start, failure);
                if (found.isPresent()) {
                    LOG.info("{}: the answer was lost but the first attempt took effect; not sending it again", call.operation());
                    return found.get();
                }
            }
        }
    }

    /** The wait before the next attempt, or throws the failure when there is to be none. */
    private Duration retryWait(ApiRequest call, Failure failure, int attempt, boolean canReconcile) {
        boolean unsafe = failure.maybeProcessed() && call.idempotency() == Idempotency.NOT_IDEMPOTENT && !canReconcile;
        if (!failure.retryable() || attempt >= policy.maxAttempts() || unsafe) {
            throw failure.exception();
        }
        if (!failure.rateLimited() && !budget.tryAcquireRetry()) {
            LOG.warn("{}: not retrying, the retry budget ({} % of requests per {} s) is spent", call.operation(),
                    Math.round(policy.budgetRatio() * 100), budget.window().toSeconds());
            throw failure.exception();
        }
        return failure.serverWait() != null ? failure.serverWait() : backoff.delay(attempt);
    }

    private <T> Optional<T> reconcile(Reconciler<T> reconciler, Instant start, Failure failure) {
        try {
            return reconciler.find(start);
        } catch (SyncException lookupFailed) {
            // Not knowing whether the first attempt took effect, sending again could duplicate it.
            failure.exception().addSuppressed(lookupFailed);
            throw failure.exception();
        }
    }

    private Duration clamp(Duration wait) {
        return wait.compareTo(policy.maxServerWait()) > 0 ? policy.maxServerWait() : wait;
    }

    private void pause(RetryNotice notice) {
        if (notice.clamped()) {
            LOG.warn("{}: the service asked to wait longer than {} s; waiting only that long", notice.operation(),
                    policy.maxServerWait().toSeconds());
        }
        observer.accept(notice);
        try {
            time.sleep(notice.delay());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransportException(notice.operation(), e);
        }
    }

    private Attempt send(ApiRequest call, Cancellation cancel) {
        Request request = call.request();
        TrackedBody tracked = request.body() == null ? null : new TrackedBody(request.body());
        if (tracked != null) {
            request = request.newBuilder().method(request.method(), tracked).build();
        }
        Call httpCall = http.newCall(request);
        if (cancel != null) {
            if (cancel.isCancelled()) {
                throw new CancelledException(call.operation());
            }
            cancel.attach(httpCall);
        }
        try (Response response = httpCall.execute()) {
            return read(call.operation(), response);
        } catch (IOException e) {
            if (cancel != null && cancel.isCancelled()) {
                throw new CancelledException(call.operation());
            }
            boolean notSent = Faults.isConnectFailure(e) || tracked != null && !tracked.complete();
            return new Attempt(null, new Failure(new TransportException(call.operation(), e), Faults.isRetryable(e),
                    !notSent, null, false, e.getClass().getSimpleName()));
        }
    }

    private Attempt read(String operation, Response response) throws IOException {
        int code = response.code();
        if (code >= 200 && code < 300) {
            byte[] body = BoundedBody.read(response.body(), maxBodyBytes);
            if (body == null) {
                throw new MalformedResponseException(operation, "body larger than " + maxBodyBytes + " bytes",
                        response.header("x-ik-requestId"), null);
            }
            return new Attempt(new ApiResponse(operation, code, response.headers(), body), null);
        }
        if (code < 400) {
            throw new MalformedResponseException(operation, "unexpected HTTP " + code
                    + (code >= 300 ? " redirect to " + response.header("Location", "nowhere") : ""), response.header("x-ik-requestId"), null);
        }
        byte[] body = BoundedBody.readPrefix(response.body(), MAX_ERROR_BODY);
        var exception = errors.toException(operation, code, response.headers(), body, time.now());
        boolean retryable = code == 408 || code == 429 || code >= 500;
        Duration hint = code == 429 || code == 503 ? RetryAfter.parse(response.headers(), time.now()).orElse(null) : null;
        return new Attempt(null, new Failure(exception, retryable, code != 429, hint, code == 429, "HTTP " + code));
    }

    private record Attempt(ApiResponse response, Failure failure) {
    }
}
