package org.visitplanner.gui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.logic.undo.UndoHistory;

/**
 * The window's undo and redo: performs edits, undoes and redoes them on the background executor (they write to the
 * database), then tells the views the data changed. The Edit menu binds to its labels and enabled states.
 *
 * <p>Edits, undos and redos all run on the one background thread in the order the user asked for them, and each
 * edit is recorded there right after it is applied: pressing Ctrl+Z twice quickly undoes the last two edits, even
 * while the first undo is still being written.
 */
public final class UndoActions {

    private final TaskExecutor tasks;
    private final AppState state;
    private final UndoHistory history;
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper(this, "undoText");
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper(this, "redoText");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final List<Consumer<UndoHistory.Edit>> undoRedoListeners = new ArrayList<>();

    public UndoActions(TaskExecutor tasks, AppState state, UndoHistory history) {
        this.tasks = tasks;
        this.state = state;
        this.history = history;
        refresh();
    }

    /**
     * Applies {@code edit} in the background and records it; {@code onDone} gets it back on the UI thread. A failure
     * (e.g. someone else changed the record) is shown in the status bar and nothing is recorded.
     */
    public <E extends UndoHistory.Edit> void perform(E edit, Consumer<? super E> onDone) {
        perform(edit, onDone, failure -> {
            state.showStatus(Problems.describe(failure));
            state.dataChanged(); // show the data as it really is now
        });
    }

    /**
     * Applies {@code edit} in the background and records it; then the views are told the data changed and
     * {@code onDone} gets it on the UI thread. Or {@code onFailure} gets why nothing was changed (nothing recorded).
     */
    public <E extends UndoHistory.Edit> void perform(E edit, Consumer<? super E> onDone,
                                                     Consumer<Throwable> onFailure) {
        tasks.run(() -> {
            edit.apply();
            history.record(edit);
            return edit;
        }, done -> {
            refresh();
            state.dataChanged();
            onDone.accept(done);
        }, failure -> {
            refresh();
            onFailure.accept(failure);
        });
    }

    /**
     * Remembers an edit that has already been applied and saved (by a view-model that needed its result first).
     * Call on the UI thread right after the write; prefer {@link #perform}, which records in order with undo.
     */
    public void record(UndoHistory.Edit applied) {
        history.record(applied);
        refresh();
    }

    /** Told on the UI thread of each edit undone or redone, so that a view can show what changed. */
    public void addUndoRedoListener(Consumer<UndoHistory.Edit> listener) {
        undoRedoListeners.add(listener);
    }

    /** Undoes the last edit. */
    public void undo() {
        run(history::undo, edit -> {
            state.showStatus(Messages.get("undo.undone", edit.label()));
            undoRedoListeners.forEach(l -> l.accept(edit));
        });
    }

    /** Applies the last undone edit again. */
    public void redo() {
        run(history::redo, edit -> {
            state.showStatus(Messages.get("undo.redone", edit.label()));
            undoRedoListeners.forEach(l -> l.accept(edit));
        });
    }

    private <E extends UndoHistory.Edit> void run(Callable<Optional<E>> work,
                                                  Consumer<E> onDone) {
        tasks.run(work, done -> {
            refresh();
            state.dataChanged();
            done.ifPresent(onDone);
        }, failure -> {
            refresh();
            state.showStatus(Problems.describe(failure));
            state.dataChanged(); // show the data as it really is now
        });
    }

    private void refresh() {
        canUndo.set(history.nextUndoLabel().isPresent());
        canRedo.set(history.nextRedoLabel().isPresent());
        undoText.set(history.nextUndoLabel().map(label -> Messages.get("undo.undoNamed", label))
                .orElse(Messages.get("undo.undo")));
        redoText.set(history.nextRedoLabel().map(label -> Messages.get("undo.redoNamed", label))
                .orElse(Messages.get("undo.redo")));
    }

    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoTextProperty() {
        return redoText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }
}
