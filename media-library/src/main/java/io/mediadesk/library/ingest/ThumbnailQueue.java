package io.mediadesk.library.ingest;

import io.mediadesk.library.asset.Asset;
import io.mediadesk.library.store.Originals;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes thumbnails in the background, one asset at a time per worker, the ones on screen first.
 *
 * <p>An import queues each new asset at {@link Priority#BACKGROUND} and goes on with the next file
 * while a worker renders; the window asks at {@link Priority#VISIBLE} for a tile whose thumbnail is
 * missing (an import made without them, an asset that came down from the service), which jumps
 * ahead of the import's backlog. Asking twice for the same content is one job: the second caller
 * gets the first one's future, and a visible request lifts a queued background one.
 *
 * <p>Thumbnails are derived data written atomically by {@link ThumbnailMaker}: cancelling, closing
 * or a crash leaves each one either complete or absent, and an absent one is asked for again the
 * next time it is needed. Listeners hear of each finished job on a worker thread.
 */
public final class ThumbnailQueue implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ThumbnailQueue.class);

    /** Which jobs go first: visible ones (newest first), then background ones (oldest first). */
    public enum Priority { VISIBLE, BACKGROUND }

    /** Hears of finished jobs, on the worker thread that finished them. */
    public interface Listener {
        void made(String sha256);

        default void failed(String sha256, String reason) {
        }
    }

    private final ThumbnailMaker maker;
    private final Originals originals;
    private final PriorityBlockingQueue<Job> queue = new PriorityBlockingQueue<>();
    private final Map<String, Job> jobs = new HashMap<>();
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final List<Thread> workers = new ArrayList<>();
    private final AtomicLong order = new AtomicLong();
    private volatile boolean closed;

    private final class Job implements Comparable<Job> {
        final Asset asset;
        final String sha256;
        final CompletableFuture<Void> done = new CompletableFuture<>();
        Priority priority;
        long seq;

        Job(Asset asset, Priority priority) {
            this.asset = asset;
            this.sha256 = asset.contentHash();
            this.priority = priority;
            this.seq = order.incrementAndGet();
        }

        /**
         * Visible jobs newest first (the tiles scrolled to last are the ones on screen now),
         * background jobs oldest first (an import's order).
         */
        @Override
        public int compareTo(Job other) {
            int p = priority.compareTo(other.priority);
            if (p != 0) return p;
            return priority == Priority.VISIBLE ? Long.compare(other.seq, seq) : Long.compare(seq, other.seq);
        }
    }

    /**
     * @param workers threads rendering side by side; an import already keeps one core busy, so 1
     *     is right on a laptop
     */
    public ThumbnailQueue(ThumbnailMaker maker, Originals originals, int workers) {
        this(maker, originals, workers, true);
    }

    /** A queue whose workers wait for {@link #start()}: for tests that must see the queue's order. */
    ThumbnailQueue(ThumbnailMaker maker, Originals originals, int workers, boolean start) {
        if (workers < 1) throw new IllegalArgumentException("workers must be at least 1, was " + workers);
        this.maker = maker;
        this.originals = originals;
        for (int i = 0; i < workers; i++) {
            Thread t = new Thread(this::work, "thumbnails-" + (i + 1));
            t.setDaemon(true);
            t.setPriority(Thread.NORM_PRIORITY - 1);
            this.workers.add(t);
        }
        if (start) start();
    }

    /** Starts the workers (the public constructor has). */
    synchronized void start() {
        for (Thread t : workers) {
            if (t.getState() == Thread.State.NEW) t.start();
        }
    }

    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    /** Whether both sizes of this asset's thumbnail are on disk. */
    public boolean has(Asset asset) {
        for (int size : ThumbnailMaker.SIZES) {
            if (!Files.isRegularFile(maker.pathFor(asset.contentHash(), size, asset.hasAlpha()))) return false;
        }
        return true;
    }

    /**
     * Queues the asset's thumbnails; nothing is read here (the caller may be a UI thread), and a
     * worker finding them on disk already finishes the job at once. The future completes when both sizes are on
     * disk (after the listeners have heard), exceptionally with the reason when they cannot be made
     * (a damaged or missing original), and with a {@link java.util.concurrent.CancellationException}
     * as its cause if the job is cancelled or the queue closes first.
     */
    public CompletableFuture<Void> request(Asset asset, Priority priority) {
        String sha256 = asset.contentHash();
        synchronized (jobs) {
            if (closed) return CompletableFuture.failedFuture(new IllegalStateException("the thumbnail queue is closed"));
            Job job = jobs.get(sha256);
            if (job == null) {
                job = new Job(asset, priority);
                jobs.put(sha256, job);
                queue.add(job);
            } else if (priority.compareTo(job.priority) < 0 && queue.remove(job)) {
                job.priority = priority;
                job.seq = order.incrementAndGet();
                queue.add(job);
            }
            return job.done.copy();
        }
    }

    /** Jobs queued or being rendered. */
    public int pending() {
        synchronized (jobs) {
            return jobs.size();
        }
    }

    /** Waits until no job is queued or running; false if the time ran out first. */
    public boolean awaitIdle(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (jobs) {
            while (!jobs.isEmpty()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) return false;
                TimeUnit.NANOSECONDS.timedWait(jobs, left);
            }
            return true;
        }
    }

    /** Drops the queued jobs that were asked for at {@code priority} (running ones finish). */
    public int cancel(Priority priority) {
        List<Job> dropped = new ArrayList<>();
        synchronized (jobs) {
            for (Job job : List.copyOf(jobs.values())) {
                if (job.priority == priority && queue.remove(job)) {
                    jobs.remove(job.sha256);
                    dropped.add(job);
                }
            }
            jobs.notifyAll();
        }
        dropped.forEach(j -> j.done.cancel(false));
        return dropped.size();
    }

    private void work() {
        while (!closed) {
            Job job;
            try {
                job = queue.poll(200, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                return;
            }
            if (job == null) continue;
            boolean there = has(job.asset); // asked for again while on disk: nothing to make, nothing to tell
            Optional<String> failure = there ? Optional.empty() : make(job);
            // Listeners, then the future, then idle: whoever waits on the future or for the queue
            // to empty may count on the listeners having heard.
            if (there) {
                job.done.complete(null);
            } else if (failure.isEmpty()) {
                listeners.forEach(l -> l.made(job.sha256));
                job.done.complete(null);
            } else {
                listeners.forEach(l -> l.failed(job.sha256, failure.get()));
                job.done.completeExceptionally(new IOException(failure.get()));
            }
            synchronized (jobs) {
                jobs.remove(job.sha256);
                jobs.notifyAll();
            }
        }
    }

    /** Opens the original on the worker (a team catalog's may be fetched from GridFS first), then renders. */
    private Optional<String> make(Job job) {
        try {
            maker.make(originals.open(job.asset), job.asset);
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            LOG.warn("thumbnail of {} ({}) failed", job.asset.filePath(), job.sha256, e);
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return Optional.of(message);
        }
    }

    /**
     * Stops the workers after the jobs they are rendering; queued jobs are cancelled. The maker
     * (and its renderer) stays open: it belongs to whoever made it.
     */
    @Override
    public void close() {
        List<Job> dropped;
        synchronized (jobs) {
            if (closed) return;
            closed = true;
            dropped = new ArrayList<>();
            queue.drainTo(dropped);
            dropped.forEach(j -> jobs.remove(j.sha256));
            jobs.notifyAll();
        }
        dropped.forEach(j -> j.done.cancel(false));
        for (Thread t : workers) {
            if (t.getState() == Thread.State.NEW) continue;
            try {
                t.join(TimeUnit.SECONDS.toMillis(30));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
