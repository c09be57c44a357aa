package io.mediadesk.desktop.app;

import io.mediadesk.desktop.AppServices;
import io.mediadesk.library.store.MigrationListener;
import io.mediadesk.library.store.MigrationProgress;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The library being opened on its own thread, so the launch can tell "opened" (the usual case: the
 * window is built as before) from "an older catalog is being upgraded" (the window shows how far
 * the upgrade is instead of nothing at all). The thread is a daemon: a window closed during an
 * upgrade ends the process, and the upgrade's transaction with it, so the catalog keeps its old
 * schema and the next launch upgrades it again.
 */
public final class LibraryOpening {
    private final CompletableFuture<AppServices> opened = new CompletableFuture<>();
    private final CountDownLatch decided = new CountDownLatch(1);
    private final AtomicReference<MigrationProgress> latest = new AtomicReference<>();
    private volatile Consumer<MigrationProgress> watcher = p -> { };

    private LibraryOpening() {
    }

    /** Starts {@code open} (given the listener to pass to the library) on the thread {@code library-open}. */
    public static LibraryOpening start(Function<MigrationListener, AppServices> open) {
        LibraryOpening opening = new LibraryOpening();
        Thread thread = new Thread(() -> {
            try {
                opening.opened.complete(open.apply(opening::progress));
            } catch (Throwable e) {
                opening.opened.completeExceptionally(e);
            } finally {
                opening.decided.countDown();
            }
        }, "library-open");
        thread.setDaemon(true);
        thread.start();
        return opening;
    }

    /** Under the lock with {@link #watch}, so a watcher sees the states in order. */
    private synchronized void progress(MigrationProgress progress) {
        latest.set(progress);
        decided.countDown();
        watcher.accept(progress);
    }

    /**
     * Waits until the library is open (true) or an upgrade has started (false): only then is it
     * known whether the window can be built at once.
     */
    public boolean awaitOpenOrUpgrade() throws InterruptedException {
        decided.await();
        return opened.isDone();
    }

    /** Each progress from now on (on the opening thread), after the latest one so far, if any. {@code watcher} must be quick (hand over, not work): the upgrade waits for it. */
    public synchronized void watch(Consumer<MigrationProgress> watcher) {
        this.watcher = watcher;
        MigrationProgress now = latest.get();
        if (now != null) watcher.accept(now);
    }

    /** The services once open, or the open's own failure (a locked library, a broken catalog) as thrown. */
    public AppServices services() {
        try {
            return opened.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw e;
        }
    }

    public boolean isDone() {
        return opened.isDone();
    }

    /** {@code then}, on the opening thread, once the open has ended either way. */
    public void whenDone(Runnable then) {
        opened.whenComplete((services, failure) -> then.run());
    }
}
