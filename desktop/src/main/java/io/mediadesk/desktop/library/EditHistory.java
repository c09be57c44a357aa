package io.mediadesk.desktop.library;

import io.mediadesk.desktop.app.TaskRunner;
import io.mediadesk.library.store.AssetRepository;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * The browser's undo and redo stacks of tag, metadata, rename and version {@link Edit}s (Ctrl/Cmd+Z, Ctrl/Cmd+Shift+Z
 * or Ctrl+Y). Undo and redo run through the TaskRunner, one at a time; the status line says what
 * was undone. A new edit clears the redo stack; the oldest edits go past {@link #LIMIT}.
 */
public final class EditHistory {
    public static final int LIMIT = 100;

    private final AssetRepository repository;
    private final TaskRunner tasks;
    private final Consumer<String> status;
    private final Deque<Edit> undo = new ArrayDeque<>();
    private final Deque<Edit> redo = new ArrayDeque<>();
    private final BooleanProperty canUndo = new SimpleBooleanProperty();
    private final BooleanProperty canRedo = new SimpleBooleanProperty();
    private boolean busy;

    EditHistory(AssetRepository repository, TaskRunner tasks, Consumer<String> status) {
        this.repository = repository;
        this.tasks = tasks;
        this.status = status;
    }

    /** An edit that has just been made. */
    public void record(Edit edit) {
        undo.push(edit);
        while (undo.size() > LIMIT) undo.removeLast();
        redo.clear();
        update();
    }

    public void undo() {
        step(undo, redo, true);
    }

    public void redo() {
        step(redo, undo, false);
    }

    private void step(Deque<Edit> from, Deque<Edit> to, boolean back) {
        if (busy || from.isEmpty()) return;
        Edit edit = from.pop();
        busy = true;
        update();
        tasks.run(() -> {
            if (back) {
                edit.undo(repository);
            } else {
                edit.redo(repository);
            }
            return edit;
        }, done -> {
            busy = false;
            to.push(done);
            update();
            status.accept((back ? "Undone: " : "Redone: ") + done.description());
        }, failure -> {
            busy = false; // the edit is dropped: the library may have moved on since
            update();
            status.accept("Could not " + (back ? "undo" : "redo") + " (" + edit.description() + "): " + failure.getMessage());
        });
    }

    private void update() {
        canUndo.set(!busy && !undo.isEmpty());
        canRedo.set(!busy && !redo.isEmpty());
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo;
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo;
    }
}
