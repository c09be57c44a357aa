package io.mediadesk.desktop.syncpanel;

import io.mediadesk.sync.run.Dispatcher;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The sync module's parallel dispatcher with a cancel: items not started when {@link #cancel()}
 * is called are skipped, items in flight finish (each step is journaled, so stopping one halfway
 * would only leave work for recovery). Skipped items are simply not done: the next sync plans
 * them again.
 */
final class CancellableDispatcher implements Dispatcher {
    private final Dispatcher inner;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final AtomicInteger skipped = new AtomicInteger();

    CancellableDispatcher(Dispatcher inner) {
        this.inner = inner;
    }

    @Override
    public void runAll(List<Runnable> tasks) {
        inner.runAll(tasks.stream().<Runnable>map(task -> () -> {
            if (cancelled.get()) {
                skipped.incrementAndGet();
            } else {
                task.run();
            }
        }).toList());
    }

    void cancel() {
        cancelled.set(true);
    }

    boolean cancelled() {
        return cancelled.get();
    }

    /** Items skipped because of the cancel. */
    int skipped() {
        return skipped.get();
    }
}
