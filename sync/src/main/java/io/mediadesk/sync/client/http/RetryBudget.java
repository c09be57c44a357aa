package io.mediadesk.sync.client.http;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Caps retry traffic during an outage (Finagle's RetryBudget, gRPC retry throttling): over a sliding
 * window, retries may be at most {@code ratio} of first attempts plus a small reserve. Without it, five
 * attempts per call would turn an outage into five times the load just when the service is weakest.
 */
final class RetryBudget {
    private final RetryPolicy policy;
    private final TimeSource time;
    private final Deque<Instant> requests = new ArrayDeque<>();
    private final Deque<Instant> retries = new ArrayDeque<>();

    RetryBudget(RetryPolicy policy, TimeSource time) {
        this.policy = policy;
        this.time = time;
    }

    synchronized void recordRequest() {
        Instant now = time.now();
        prune(now);
        requests.addLast(now);
    }

    /** Takes one retry from the budget, or says there is none left. */
    synchronized boolean tryAcquireRetry() {
        Instant now = time.now();
        prune(now);
        double allowed = policy.budgetReserve() + policy.budgetRatio() * requests.size();
        if (retries.size() + 1 > allowed) {
            return false;
        }
        retries.addLast(now);
        return true;
    }

    private void prune(Instant now) {
        Instant horizon = now.minus(policy.budgetWindow());
        dropBefore(requests, horizon);
        dropBefore(retries, horizon);
    }

    private static void dropBefore(Deque<Instant> events, Instant horizon) {
        while (!events.isEmpty() && events.peekFirst().isBefore(horizon)) {
            events.removeFirst();
        }
    }

    Duration window() {
        return policy.budgetWindow();
    }
}
