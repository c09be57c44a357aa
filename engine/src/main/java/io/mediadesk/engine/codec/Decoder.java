package io.mediadesk.engine.codec;

import io.mediadesk.engine.EngineException;
import io.mediadesk.engine.codec.ImageRejectedException.Reason;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Guarded decoding: probe the header, check it against the limits, and only then decode, on a
 * small bounded worker pool so one bomb cannot starve the caller (the UI), under a wall-clock
 * budget after which the reader is aborted. Reuse one instance; close it to stop the workers.
 *
 * <pre>{@code
 * try (Decoder decoder = new Decoder()) {
 *     DecodedImage d = decoder.decode(path, Limits.DEFAULT, DecodeOptions.DEFAULT.withTarget(400, 0));
 *     BufferedImage pixels = d.image();   // TYPE_INT_RGB or TYPE_INT_ARGB, sRGB
 *     int orientation = d.orientation(); // not applied: the planner does that
 * } catch (ImageRejectedException e) {
 *     show(e.getMessage());              // e.reason() for the machine
 * }
 * }</pre>
 */
public final class Decoder implements AutoCloseable {
    private static final int QUEUE = 64;
    private static final AtomicInteger POOLS = new AtomicInteger();

    private final ImageProbe probe = new ImageProbe();
    private final ThreadPoolExecutor pool;
    private final RecentDecodes recent;

    /** Workers: half the cores, at least one, at most four. */
    public Decoder() {
        this(defaultWorkers(), 0);
    }

    public Decoder(int workers) {
        this(workers, 0);
    }

    /**
     * @param keepRecent decodes kept for reuse while the file is unchanged (0: none); for callers
     *     that decode one file repeatedly, like a live preview. Each may hold a full-size image.
     */
    public Decoder(int workers, int keepRecent) {
        this.recent = keepRecent > 0 ? new RecentDecodes(keepRecent) : null;
        int id = POOLS.incrementAndGet();
        AtomicInteger threads = new AtomicInteger();
        pool = new ThreadPoolExecutor(workers, workers, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(QUEUE), r -> {
            Thread t = new Thread(r, "mediadesk-decoder-" + id + "-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        pool.allowCoreThreadTimeOut(true);
    }

    public static int defaultWorkers() {
        return Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors() / 2));
    }

    public ImageInfo probe(Path file) {
        return probe.probe(file);
    }

    /** The facts of one page of a multi-page TIFF ({@link ImageProbe#probe(Path, int)}). */
    public ImageInfo probe(Path file, int page) {
        return probe.probe(file, page);
    }

    /**
     * Decodes {@code file}: frame 1, every frame ({@link DecodeOptions#animate}) or one page of a
     * TIFF ({@link DecodeOptions#page}), after its header passed the limits.
     *
     * @throws PageOutOfRangeException when a page beyond the file's last is asked for
     */
    public DecodedImage decode(Path file, Limits limits, DecodeOptions options) {
        ImageInfo info = probe.probe(file, options.page());
        LimitGate.check(info, size(file), limits, options);
        if (recent != null) {
            var kept = recent.find(file, info, options);
            if (kept.isPresent()) {
                return kept.get();
            }
        }
        DecodedImage decoded = decodeNow(file, info, limits, options);
        if (recent != null) {
            recent.keep(file, info, options, decoded);
        }
        return decoded;
    }

    private DecodedImage decodeNow(Path file, ImageInfo info, Limits limits, DecodeOptions options) {
        DecodeTask task = new DecodeTask(file, info, options, limits);
        Future<DecodedImage> future;
        try {
            future = pool.submit(task::run);
        } catch (RejectedExecutionException e) {
            throw new EngineException("The decoder is busy (" + QUEUE + " images waiting); try again", e);
        }
        return await(future, task, limits.decodeBudget());
    }

    /** The budget counts from submission, so time spent queued behind other images counts too. */
    private static DecodedImage await(Future<DecodedImage> future, DecodeTask task, Duration budget) {
        try {
            return future.get(budget.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            task.abort();
            future.cancel(true);
            throw new ImageRejectedException(Reason.DECODE_TIMEOUT,
                    "Decoding took longer than " + budget.toMillis() + " ms and was stopped", e);
        } catch (InterruptedException e) {
            task.abort();
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new EngineException("Interrupted while decoding", e);
        } catch (ExecutionException e) {
            throw unwrap(e.getCause());
        }
    }

    private static RuntimeException unwrap(Throwable cause) {
        if (cause instanceof EngineException engine) return engine;
        if (cause instanceof OutOfMemoryError) {
            return new ImageRejectedException(Reason.OUT_OF_MEMORY, "The image needs more memory than is available", cause);
        }
        return new ImageRejectedException(Reason.CORRUPT, "The decoder failed: " + cause, cause);
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new ImageRejectedException(Reason.UNREADABLE, "The file cannot be read: " + file, e);
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
