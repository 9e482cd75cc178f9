package org.visitplanner.logic.undo;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The undo and redo stacks of one window: a list of edits (commands that know how to apply and revert themselves),
 * not snapshots of the database. Each edit writes through the repositories, so {@link #undo()} and {@link #redo()}
 * must run where database work runs (the background executor); listeners then refresh the menus.
 */
public final class UndoHistory {

    /** A change the user made that can be reverted and applied again. */
    public interface Edit {
        /** What the menu shows: "Undo " + label, e.g. "Undo move of Lab tour". */
        String label();

        /** Applies the change again after an undo. */
        void apply();

        /** Reverts the change. */
        void revert();
    }

    /** Told after every change of the stacks (on the thread that changed them). */
    @FunctionalInterface
    public interface Listener {
        void historyChanged(UndoHistory history);
    }

    private final int limit;
    private final Deque<Edit> undoable = new ArrayDeque<>();
    private final Deque<Edit> redoable = new ArrayDeque<>();
    private final CopyOnWriteArrayList<Listener> listeners = new CopyOnWriteArrayList<>();

    /** A history keeping the last {@code limit} edits. */
    public UndoHistory(int limit) {
        this.limit = limit;
    }

    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    /** Records an edit that has just been applied; the redo stack is cleared, as in every editor. */
    public void record(Edit applied) {
        synchronized (this) {
            undoable.push(applied);
            while (undoable.size() > limit) {
                undoable.removeLast();
            }
            redoable.clear();
        }
        fire();
    }

    /** Reverts the last edit; empty when there is nothing to undo. */
    public Optional<Edit> undo() {
        Edit edit;
        synchronized (this) {
            edit = undoable.poll();
        }
        if (edit == null) {
            return Optional.empty();
        }
        try {
            edit.revert();
        } catch (RuntimeException e) {
            synchronized (this) {
                undoable.push(edit); // nothing was undone: the edit stays where it was
            }
            throw e;
        }
        synchronized (this) {
            redoable.push(edit);
        }
        fire();
        return Optional.of(edit);
    }

    /** Applies the last undone edit again; empty when there is nothing to redo. */
    public Optional<Edit> redo() {
        Edit edit;
        synchronized (this) {
            edit = redoable.poll();
        }
        if (edit == null) {
            return Optional.empty();
        }
        try {
            edit.apply();
        } catch (RuntimeException e) {
            synchronized (this) {
                redoable.push(edit);
            }
            throw e;
        }
        synchronized (this) {
            undoable.push(edit);
        }
        fire();
        return Optional.of(edit);
    }

    public synchronized Optional<String> nextUndoLabel() {
        return Optional.ofNullable(undoable.peek()).map(Edit::label);
    }

    public synchronized Optional<String> nextRedoLabel() {
        return Optional.ofNullable(redoable.peek()).map(Edit::label);
    }

    /** How many edits can be undone. */
    public synchronized int undoCount() {
        return undoable.size();
    }

    /** How many undone edits can be redone. */
    public synchronized int redoCount() {
        return redoable.size();
    }

    /** Forgets everything (e.g. after a restore replaced the data). */
    public void clear() {
        synchronized (this) {
            undoable.clear();
            redoable.clear();
        }
        fire();
    }

    private void fire() {
        for (Listener listener : listeners) {
            listener.historyChanged(this);
        }
    }
}
