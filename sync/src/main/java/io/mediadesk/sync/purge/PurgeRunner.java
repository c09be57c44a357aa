package io.mediadesk.sync.purge;

import io.mediadesk.sync.SyncException;
import io.mediadesk.sync.client.error.AuthenticationException;
import io.mediadesk.sync.client.error.CancelledException;
import io.mediadesk.sync.client.error.ClientErrorException;
import io.mediadesk.sync.client.http.TimeSource;
import io.mediadesk.sync.purge.PurgeEntry.State;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Works through a {@link PurgeQueue}: sends every queued URL and, with {@code wait}, polls each
 * request until Completed. One request at a time, a due poll before the next submission, so a long
 * run completes as it goes. The pace is the client's: it spaces calls by {@code X-RateLimit-Limit}
 * per {@code X-RateLimit-Interval} and holds them after a 429 until {@code X-RateLimit-Reset}; a
 * runner of its own on top would only guess worse. Polls back off from
 * {@link Options#firstPoll()} doubling to {@link Options#maxPoll()}.
 *
 * <p>Failures: a 400 marks that URL failed and the run goes on; authentication and quota refusals
 * (401/403) stop the run at once; a 429, 5xx or network failure that outlived the client's retries
 * puts the URL back in the queue and the run goes on after a pause, until
 * {@link Options#maxConsecutiveFailures()} in a row stop it. A stopped or cancelled run leaves the
 * queue resumable.
 */
public final class PurgeRunner {
    private static final Logger LOG = LoggerFactory.getLogger(PurgeRunner.class);

    /**
     * @param firstPoll how long after its submission a request is first polled (spec: purges take seconds)
     * @param failurePause the pause after a failure that outlived the client's retries
     */
    public record Options(Duration firstPoll, Duration maxPoll, int maxConsecutiveFailures, Duration failurePause) {
        public static Options defaults() {
            return new Options(Duration.ofSeconds(5), Duration.ofMinutes(1), 5, Duration.ofSeconds(5));
        }

        public Options withPolls(Duration first, Duration max) {
            return new Options(first, max, maxConsecutiveFailures, failurePause);
        }

        public Options withFailures(int max, Duration pause) {
            return new Options(firstPoll, maxPoll, max, pause);
        }
    }

    private final PurgeApi api;
    private final PurgeQueue queue;
    private final Options options;
    private final TimeSource time;
    private final PollSchedule polls;
    private volatile boolean cancelled;
    private Consumer<PurgeProgress> listener = p -> { };
    private final java.util.ArrayDeque<Long> toSend = new java.util.ArrayDeque<>();
    private int consecutiveFailures;
    private long requests;
    private Instant started;
    private int total;
    private int pending;
    private int completed;
    private int failed;

    public PurgeRunner(PurgeApi api, PurgeQueue queue, Options options, TimeSource time) {
        this.api = api;
        this.queue = queue;
        this.options = options;
        this.time = time;
        this.polls = new PollSchedule(options.firstPoll(), options.maxPoll());
    }

    public PurgeRunner(PurgeApi api, PurgeQueue queue, Options options) {
        this(api, queue, options, TimeSource.system());
    }

    /** Hears the progress after every request (on the running thread). */
    public PurgeRunner onProgress(Consumer<PurgeProgress> progress) {
        this.listener = progress;
        return this;
    }

    /** Stops the run after the request in flight; safe from any thread. */
    public void cancel() {
        cancelled = true;
    }

    /**
     * Sends every queued entry and, with {@code wait}, polls the submitted ones until Completed.
     * Returns whether the run got to the end (false when cancelled). Throws the failure that
     * stopped it, the queue left as it was.
     */
    public boolean run(boolean wait) {
        started = time.now();
        for (PurgeEntry e : queue.unfinished()) {
            total++;
            if (e.state() == State.SUBMITTED) {
                pending++;
                polls.resumed(e.id(), started);
            } else {
                toSend.add(e.id());
            }
        }
        while (!cancelled) {
            Instant now = time.now();
            if (wait && polls.due(now).isPresent()) {
                poll(polls.due(now).getAsLong());
            } else if (!toSend.isEmpty()) {
                submit(queue.entry(toSend.poll()));
            } else if (wait && !polls.isEmpty()) {
                pause(polls.nextAt().map(at -> Duration.between(now, at)).orElse(Duration.ZERO));
            } else {
                return true;
            }
        }
        return false;
    }

    private void submit(PurgeEntry entry) {
        queue.sending(entry.id());
        try {
            String requestId = count(() -> api.submit(entry.url()));
            Instant at = time.now();
            queue.submitted(entry.id(), requestId, at);
            polls.submitted(entry.id(), at);
            pending++;
            consecutiveFailures = 0;
        } catch (AuthenticationException e) {
            requeue(entry);
            throw e; // a revoked key or a spent quota: every other URL would meet the same answer
        } catch (ClientErrorException e) {
            queue.failed(entry.id(), e.getMessage());
            failed++;
            consecutiveFailures = 0;
        } catch (CancelledException e) {
            requeue(entry);
            cancelled = true;
        } catch (SyncException e) {
            // After the client's retries; a lost answer means it may have been taken: sending it
            // again costs one unit of quota, not sending it leaves stale content on the CDN.
            requeue(entry);
            failedOnce(entry, e);
        } finally {
            report();
        }
    }

    private void poll(long id) {
        PurgeEntry entry = queue.entry(id);
        try {
            String status = count(() -> api.status(entry.requestId()));
            consecutiveFailures = 0;
            if ("Completed".equalsIgnoreCase(status)) {
                queue.completed(id);
                polls.done(id);
                pending--;
                completed++;
            } else {
                polls.again(id, time.now());
            }
        } catch (AuthenticationException e) {
            throw e;
        } catch (ClientErrorException e) {
            // "No request found for this requestId": nothing more to learn about it.
            queue.failed(id, e.getMessage());
            polls.done(id);
            pending--;
            failed++;
        } catch (SyncException e) {
            polls.again(id, time.now());
            failedOnce(entry, e);
        } finally {
            report();
        }
    }

    private void requeue(PurgeEntry entry) {
        queue.requeued(entry.id());
        toSend.add(entry.id());
    }

    private void failedOnce(PurgeEntry entry, SyncException e) {
        consecutiveFailures++;
        LOG.warn("purge of {} failed ({} in a row): {}", entry.url(), consecutiveFailures, e.getMessage());
        if (consecutiveFailures >= options.maxConsecutiveFailures()) {
            throw e;
        }
        pause(options.failurePause());
    }

    private <T> T count(java.util.function.Supplier<T> call) {
        requests++;
        return call.get();
    }

    /** Sleeps in short slices so a cancel takes effect within a tenth of a second. */
    private void pause(Duration wait) {
        Instant until = time.now().plus(wait);
        try {
            while (!cancelled && time.now().isBefore(until)) {
                Duration left = Duration.between(time.now(), until);
                time.sleep(left.compareTo(Duration.ofMillis(100)) > 0 ? Duration.ofMillis(100) : left);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cancelled = true;
        }
    }

    private void report() {
        int queued = total - pending - completed - failed;
        listener.accept(new PurgeProgress(total, queued, pending, completed, failed, requests, Duration.between(started, time.now())));
    }
}
