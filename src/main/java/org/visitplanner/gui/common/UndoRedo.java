package org.visitplanner.gui.common;

import java.util.Optional;
import java.util.concurrent.Callable;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.logic.undo.UndoHistory;

/**
 * Edit → Undo and Redo for one window. Views record each change they made ({@link #record}, on the FX thread);
 * undo and redo write to the database, so they run on the background executor, then every view reloads.
 */
public final class UndoRedo {

    private final TaskExecutor tasks;
    private final AppState state;
    private final UndoHistory history = new UndoHistory(100);
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper(this, "undoText");
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper(this, "redoText");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");

    public UndoRedo(TaskExecutor tasks, AppState state) {
        this.tasks = tasks;
        this.state = state;
        refresh();
    }

    /** Remembers a change that has just been made (and saved). */
    public void record(UndoHistory.Edit edit) {
        history.record(edit);
        refresh();
    }

    public void undo() {
        run(history::undo, "undo.done");
    }

    public void redo() {
        run(history::redo, "redo.done");
    }

    private void run(Callable<Optional<UndoHistory.Edit>> step, String doneKey) {
        tasks.run(step, edit -> {
            refresh();
            edit.ifPresent(e -> {
                state.dataChanged();
                state.showStatus(Messages.get(doneKey, e.label()));
            });
        }, failure -> {
            refresh();
            state.dataChanged();
            state.showStatus(Problems.describe(failure));
        });
    }

    private void refresh() {
        Optional<String> undo = history.nextUndoLabel();
        Optional<String> redo = history.nextRedoLabel();
        undoText.set(undo.map(label -> Messages.get("menu.edit.undoThat", label)).orElse(Messages.get("menu.edit.undo")));
        redoText.set(redo.map(label -> Messages.get("menu.edit.redoThat", label)).orElse(Messages.get("menu.edit.redo")));
        canUndo.set(undo.isPresent());
        canRedo.set(redo.isPresent());
    }

    /** "Undo deletion of École des Ponts", or plain "Undo" when there is nothing to undo. */
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
