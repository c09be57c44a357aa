package io.mediadesk.library.event;

/**
 * Told about every committed change to the library. Called on the thread that made the change;
 * a JavaFX view must hop to its own thread ({@code Platform.runLater}) itself, which keeps this
 * package free of JavaFX. A listener that throws is logged and does not undo the change.
 */
@FunctionalInterface
public interface ChangeListener {

    void changed(LibraryChange change);
}
