package io.mediadesk.desktop.app;

/**
 * Runs an action once things have been quiet for a while: every {@link #submit} restarts the wait,
 * so a burst of keystrokes costs one render. The app uses {@link FxDebouncer} (a pause on the FX
 * thread); ViewModel tests use {@link #immediate()}, so they stay plain JUnit.
 */
public interface Debouncer {

    /** Forgets any action waiting and runs {@code action} after the quiet period. */
    void submit(Runnable action);

    /** No wait at all: for tests. */
    static Debouncer immediate() {
        return Runnable::run;
    }
}
