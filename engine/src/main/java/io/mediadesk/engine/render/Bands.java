package io.mediadesk.engine.render;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs a loop over {@code [0, count)} as contiguous bands on up to {@code parallelism} threads.
 * Every index is computed by the same arithmetic whichever band it falls in, so the output does
 * not depend on the thread count. The caller's thread runs the first band; the rest go to a
 * shared pool of daemon threads that grows on demand and shrinks when idle.
 */
final class Bands {

    /** A loop body over the indices {@code [from, to)}. */
    @FunctionalInterface
    interface Body {
        void run(int from, int to);
    }

    private static final ExecutorService POOL = Executors.newCachedThreadPool(task -> {
        var thread = new Thread(task, "mediadesk-render");
        thread.setDaemon(true);
        return thread;
    });

    private Bands() {
    }

    static void run(int count, int parallelism, Body body) {
        int bands = Math.max(1, Math.min(parallelism, count));
        if (bands == 1) {
            body.run(0, count);
            return;
        }
        List<Future<?>> others = new ArrayList<>(bands - 1);
        for (int b = 1; b < bands; b++) {
            int from = bound(count, bands, b);
            int to = bound(count, bands, b + 1);
            others.add(POOL.submit(() -> body.run(from, to)));
        }
        body.run(0, bound(count, bands, 1));
        for (Future<?> other : others) {
            await(other);
        }
    }

    private static int bound(int count, int bands, int b) {
        return (int) ((long) count * b / bands);
    }

    private static void await(Future<?> band) {
        try {
            band.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while rendering", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
