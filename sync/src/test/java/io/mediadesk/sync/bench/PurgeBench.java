package io.mediadesk.sync.bench;

import io.mediadesk.sync.purge.ChildRuns;
import io.mediadesk.sync.purge.PurgeEntry;
import io.mediadesk.sync.purge.PurgeQueue;
import io.mediadesk.sync.sandbox.Family;
import io.mediadesk.sync.sandbox.Fault;
import io.mediadesk.sync.sandbox.RequestRecord;
import io.mediadesk.sync.sandbox.Sandbox;
import io.mediadesk.sync.sandbox.SandboxOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

/**
 * The purge benchmark (reliability.md row 49; docs/BENCHMARKS.md "## Sync"): N URLs against the
 * stand-in limited to R requests/s with seeded random 429s; the run is a child JVM killed with
 * {@code destroyForcibly} once half the URLs are submitted, then started again. Prints the pace
 * (all purge calls, submissions and polls, per second, against the limit), the requests sent early
 * (answered 429 by the limiter itself, or sent before an injected 429's {@code X-RateLimit-Reset}
 * had passed), and what was lost or purged twice. Run with {@code scripts/bench-purge.sh [options]}.
 */
public final class PurgeBench {
    private PurgeBench() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = options(args);
        int urls = Integer.parseInt(o.getOrDefault("urls", "10000"));
        int rate = Integer.parseInt(o.getOrDefault("rate", "10"));
        double p429 = Double.parseDouble(o.getOrDefault("p429", "0.02"));
        long resetMs = Long.parseLong(o.getOrDefault("reset-ms", "300"));
        long seed = Long.parseLong(o.getOrDefault("seed", "42"));
        long pendingMs = Long.parseLong(o.getOrDefault("pending-ms", "5000"));
        Path dir = Files.createTempDirectory("purge-bench");
        SandboxOptions options = SandboxOptions.defaults().withSeed(seed).withRateLimit(rate, Duration.ofSeconds(1))
                .withPurgeQuota(Integer.MAX_VALUE).withPurgePending(1, Duration.ofMillis(pendingMs));
        try (Sandbox sandbox = Sandbox.start(options)) {
            sandbox.faults().randomly(Family.PURGE, Fault.rateLimitResetMillis(resetMs, rate, 1000), p429, seed);
            List<String> all = IntStream.range(0, urls).mapToObj(i -> sandbox.urlEndpoint() + "/bench/f" + i + ".jpg").toList();
            Path file = Files.write(dir.resolve("urls.txt"), all);
            Path queue = dir.resolve("queue");
            Path log = dir.resolve("child.log");
            System.out.printf(Locale.ROOT, "purge bench: %d URLs, limit %d req/s, 429 p=%.3f reset %d ms, seed %d, data %s%n",
                    urls, rate, p429, resetMs, seed, dir);

            Process first = ChildRuns.start(sandbox.apiBase(), sandbox.privateKey(), queue, file, pendingMs, log);
            ChildRuns.killAfter(first, queue, urls / 2);
            Instant killed = Instant.now();
            System.out.printf("killed (destroyForcibly) after %d submissions%n", ChildRuns.submitted(queue));
            Process second = ChildRuns.start(sandbox.apiBase(), sandbox.privateKey(), queue, file, pendingMs, log);
            if (!second.waitFor(4, TimeUnit.HOURS) || second.exitValue() != 0) {
                second.destroyForcibly();
                throw new IllegalStateException("the resumed run failed; see " + log);
            }
            report(sandbox, all, queue, log, killed, rate, resetMs);
        }
    }

    private static void report(Sandbox sandbox, List<String> all, Path queue, Path log, Instant killed, int rate, long resetMs)
            throws Exception {
        List<RequestRecord> calls = sandbox.requests().stream().filter(r -> r.family() == Family.PURGE).toList();
        List<RequestRecord> before = calls.stream().filter(r -> r.at().isBefore(killed)).toList();
        List<RequestRecord> after = calls.stream().filter(r -> !r.at().isBefore(killed)).toList();
        long limiter429 = calls.stream().filter(r -> r.status() == 429 && r.fault() == null).count();
        long injected = calls.stream().filter(r -> r.status() == 429 && r.fault() != null).count();
        long[] early = earlyAfterInjected(calls, resetMs);
        List<String> purged = sandbox.purgedUrls();
        int distinct = new HashSet<>(purged).size();
        int completed;
        try (PurgeQueue q = PurgeQueue.open(queue)) {
            completed = (int) q.entries().stream().filter(e -> e.state() == PurgeEntry.State.COMPLETED).count();
        }
        double r1 = pace(before);
        double r2 = pace(after);
        double whole = (before.size() + after.size()) / (seconds(before) + seconds(after));
        long blockedMs = injected * resetMs;
        double unblocked = (before.size() + after.size()) / (seconds(before) + seconds(after) - blockedMs / 1000.0);
        System.out.printf(Locale.ROOT, "| purge calls (submit + poll), incl. 429s | %d (%d before the kill, %d after) |%n",
                calls.size(), before.size(), after.size());
        System.out.printf(Locale.ROOT, "| pace, whole run (restart gap excluded) | %.2f req/s = %.1f %% of the %d req/s limit |%n",
                whole, 100 * whole / rate, rate);
        System.out.printf(Locale.ROOT, "| pace before / after the kill | %.2f / %.2f req/s |%n", r1, r2);
        System.out.printf(Locale.ROOT, "| pace outside the injected 429 waits (%d x %d ms) | %.2f req/s = %.1f %% of the limit |%n",
                injected, resetMs, unblocked, 100 * unblocked / rate);
        System.out.printf(Locale.ROOT, "| 429s injected / answered by the limiter (sent over the limit) | %d / %d |%n", injected, limiter429);
        System.out.printf(Locale.ROOT, "| requests sent before an injected reset had passed (strict / beyond 10 %%) | %d / %d |%n",
                early[0], early[1]);
        System.out.printf(Locale.ROOT, "| URLs purged / lost / purged twice | %d / %d / %d (half-sent at the kill: %d) |%n",
                distinct, all.size() - distinct, purged.size() - distinct, ChildRuns.interrupted(log));
        System.out.printf(Locale.ROOT, "| queue entries Completed | %d of %d |%n", completed, all.size());
    }

    /** Requests that came before the wait an injected 429 asked for: [strictly early, early by more than 10 %]. */
    private static long[] earlyAfterInjected(List<RequestRecord> calls, long resetMs) {
        long strict = 0;
        long beyondTolerance = 0;
        for (int i = 1; i < calls.size(); i++) {
            RequestRecord prev = calls.get(i - 1);
            if (prev.status() == 429 && prev.fault() != null) {
                long gap = Duration.between(prev.at(), calls.get(i).at()).toMillis();
                strict += gap < resetMs ? 1 : 0;
                beyondTolerance += gap < resetMs * 0.9 ? 1 : 0;
            }
        }
        return new long[] {strict, beyondTolerance};
    }

    private static double pace(List<RequestRecord> calls) {
        return calls.size() < 2 ? 0 : calls.size() / seconds(calls);
    }

    /** From the first request to the last, plus one slot, so N requests at R/s measure N/R seconds. */
    private static double seconds(List<RequestRecord> calls) {
        if (calls.isEmpty()) {
            return 0;
        }
        double span = Duration.between(calls.get(0).at(), calls.get(calls.size() - 1).at()).toMillis() / 1000.0;
        return span + span / Math.max(1, calls.size() - 1);
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> o = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            o.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        return o;
    }
}
