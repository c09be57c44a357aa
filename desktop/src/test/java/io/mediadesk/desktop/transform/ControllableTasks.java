package io.mediadesk.desktop.transform;

import io.mediadesk.desktop.app.TaskRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A {@link TaskRunner} that holds tasks until the test completes them, in any order it likes.
 * {@link #holdingReports()} does the work at once and holds only the report (renders that finished
 * and report out of order); {@link #holdingWork()} holds the work too (renders still queued).
 */
public final class ControllableTasks implements TaskRunner {
    private final List<Runnable> pending = new ArrayList<>();
    private final boolean eagerWork;

    private ControllableTasks(boolean eagerWork) {
        this.eagerWork = eagerWork;
    }

    public static ControllableTasks holdingReports() {
        return new ControllableTasks(true);
    }

    public static ControllableTasks holdingWork() {
        return new ControllableTasks(false);
    }

    @Override
    public <T> void run(Supplier<T> work, Consumer<T> onResult, Consumer<Throwable> onFailure) {
        if (eagerWork) {
            Runnable report = attempt(work, onResult, onFailure);
            pending.add(report);
        } else {
            pending.add(() -> attempt(work, onResult, onFailure).run());
        }
    }

    private static <T> Runnable attempt(Supplier<T> work, Consumer<T> onResult, Consumer<Throwable> onFailure) {
        try {
            T result = work.get();
            return () -> onResult.accept(result);
        } catch (RuntimeException e) {
            return () -> onFailure.accept(e);
        }
    }

    public int pending() {
        return pending.size();
    }

    /** Completes task {@code index} (0 = the oldest still pending). */
    public void complete(int index) {
        pending.remove(index).run();
    }

    public void completeAll() {
        while (!pending.isEmpty()) {
            complete(0);
        }
    }
}
