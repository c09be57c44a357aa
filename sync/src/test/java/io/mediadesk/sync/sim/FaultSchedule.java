package io.mediadesk.sync.sim;

import io.mediadesk.sync.SyncException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Random;

/**
 * Which service call fails and how, drawn from the seed: a 5xx or 429 that outlived the client's
 * retries, a connection dropped mid-upload (no effect), an answer lost after the service committed
 * (the effect happened, the caller hears a failure), a failed listing, a truncated download.
 */
final class FaultSchedule {
    enum Kind { SERVER_ERROR, RATE_LIMITED, DROPPED_MID_BODY, LOST_ANSWER, LISTING_FAILED, TRUNCATED }

    private final Random random;
    private double rate;
    final Map<Kind, Integer> fired = new EnumMap<>(Kind.class);

    FaultSchedule(Random random) {
        this.random = random;
    }

    void rate(double value) {
        rate = value;
    }

    /** Before the call has any effect: maybe throws. */
    void before(String op) {
        if (random.nextDouble() >= rate) return;
        Kind k = switch (random.nextInt(3)) {
            case 0 -> Kind.SERVER_ERROR;
            case 1 -> Kind.RATE_LIMITED;
            default -> op.equals("upload") ? Kind.DROPPED_MID_BODY : Kind.SERVER_ERROR;
        };
        throw fail(k, op);
    }

    /** After the service committed: maybe the answer is lost. */
    void after(String op) {
        if (random.nextDouble() < rate / 2) throw fail(Kind.LOST_ANSWER, op);
    }

    void listing() {
        if (random.nextDouble() < rate / 2) throw fail(Kind.LISTING_FAILED, "list");
    }

    boolean truncate() {
        if (random.nextDouble() >= rate / 2) return false;
        fired.merge(Kind.TRUNCATED, 1, Integer::sum);
        return true;
    }

    private SyncException fail(Kind k, String op) {
        fired.merge(k, 1, Integer::sum);
        return new SyncException("injected " + k + " on " + op);
    }

    int total() {
        return fired.values().stream().mapToInt(Integer::intValue).sum();
    }
}
