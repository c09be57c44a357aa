package io.mediadesk.desktop.app;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;

/** A small daemon pool for I/O; results and failures come back on the FX thread. */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {
    private final ExecutorService pool;

    public FxTaskRunner(int threads) {
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "mediadesk-io-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public <T> void run(Supplier<T> work, Consumer<T> onResult, Consumer<Throwable> onFailure) {
        pool.execute(() -> {
            try {
                T result = work.get();
                Platform.runLater(() -> onResult.accept(result));
            } catch (RuntimeException | Error e) {
                Platform.runLater(() -> onFailure.accept(e));
            }
        });
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
