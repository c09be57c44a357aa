package io.mediadesk.desktop.app;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs work off the UI thread and hands the result back on it. The app uses a pool that reports on
 * the FX thread; ViewModel tests use {@link #sameThread()}, so they are plain JUnit.
 */
public interface TaskRunner {

    <T> void run(Supplier<T> work, Consumer<T> onResult, Consumer<Throwable> onFailure);

    /** Runs everything on the calling thread: for tests. */
    static TaskRunner sameThread() {
        return new TaskRunner() {
            @Override
            public <T> void run(Supplier<T> work, Consumer<T> onResult, Consumer<Throwable> onFailure) {
                T result;
                try {
                    result = work.get();
                } catch (RuntimeException e) {
                    onFailure.accept(e);
                    return;
                }
                onResult.accept(result);
            }
        };
    }
}
