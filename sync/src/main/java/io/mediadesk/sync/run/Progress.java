package io.mediadesk.sync.run;

import io.mediadesk.sync.plan.Action;

/** Hears a run's progress: the CLI prints it on stderr, the window will show a bar. Called from worker threads. */
public interface Progress {
    Progress NONE = new Progress() {
    };

    default void done(Action step, int done, int total) {
    }

    default void failed(ItemFailure failure) {
    }
}
