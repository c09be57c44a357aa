package io.mediadesk.desktop.app;

/**
 * Runs an action once things have been quiet for a while: every {@link #submit} restarts the wait,
 * so a burst of keystrokes costs one render. The app uses {@link FxDebouncer} (a pause on the FX
 * thread); ViewModel tests use {@link #immediate()}, so they stay plain JUnit.
 */
public interface Debouncer {

    /** Forgets any action waiting and runs {@code action} after the quiet period. */
    void submit(Runnable action);

    /**
     * A debouncer of the same kind whose wait is its own, for a second stream of events (a
     * submit to one never drops the other's action). Stateless ones return themselves.
     */
    default Debouncer another() {
        return this;
    }

    /** No wait at all: for tests. */
    static Debouncer immediate() {
        return Runnable::run;
    }
}
