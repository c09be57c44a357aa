package io.mediadesk.sync.run;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs a plan's items: a bounded pool in the app (items are independent by construction), in
 * order in tests, or in a seeded shuffled order in the simulation. An {@link Error} from a task
 * (the simulation's kill) ends the whole run, as a crash would.
 */
public interface Dispatcher {

    void runAll(List<Runnable> tasks);

    static Dispatcher inOrder() {
        return tasks -> tasks.forEach(Runnable::run);
    }

    /** At most {@code threads} items at a time. */
    static Dispatcher parallel(int threads) {
        return tasks -> {
            ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "sync-worker");
                t.setDaemon(true);
                return t;
            });
            try {
                List<Future<?>> futures = new ArrayList<>();
                tasks.forEach(t -> futures.add(pool.submit(t)));
                for (Future<?> f : futures) await(f);
            } finally {
                pool.shutdownNow();
            }
        };
    }

    private static void await(Future<?> f) {
        try {
            f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new io.mediadesk.sync.SyncException("the sync was interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new io.mediadesk.sync.SyncException("a sync step failed: " + e.getCause(), e.getCause());
        }
    }
}
