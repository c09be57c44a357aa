package io.mediadesk.desktop.app;

import javafx.animation.PauseTransition;
import javafx.util.Duration;

/** A {@link Debouncer} on the FX thread: submit from it, and the action runs on it. */
public final class FxDebouncer implements Debouncer {
    private final PauseTransition pause;

    public FxDebouncer(Duration quiet) {
        this.pause = new PauseTransition(quiet);
    }

    @Override
    public Debouncer another() {
        return new FxDebouncer(pause.getDuration());
    }

    @Override
    public void submit(Runnable action) {
        pause.setOnFinished(e -> action.run());
        pause.playFromStart();
    }
}
