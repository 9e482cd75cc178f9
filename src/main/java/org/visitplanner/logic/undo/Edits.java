package org.visitplanner.logic.undo;

import java.util.function.Supplier;

/** Ready-made {@link UndoHistory.Edit}s for the changes most views make: creating, deleting, changing a record. */
public final class Edits {
    private Edits() {
    }

    /**
     * A delete that has just happened: undo puts {@code deleted} back, redo deletes again with {@code delete}.
     *
     * @param delete deletes the same record again (at its current version) and returns what went
     */
    public static UndoHistory.Edit deletion(String label, DeletedRows deleted, Supplier<DeletedRows> delete,
                                            Restorer restorer) {
        return new UndoHistory.Edit() {
            private DeletedRows gone = deleted;

            @Override
            public String label() {
                return label;
            }

            @Override
            public void apply() {
                gone = delete.get();
            }

            @Override
            public void revert() {
                restorer.restore(gone);
            }
        };
    }

    /**
     * A record that has just been created: undo deletes it (with {@code delete}), redo puts the very same rows back,
     * so that the record keeps its id.
     */
    public static UndoHistory.Edit creation(String label, Supplier<DeletedRows> delete, Restorer restorer) {
        return new UndoHistory.Edit() {
            private DeletedRows gone;

            @Override
            public String label() {
                return label;
            }

            @Override
            public void apply() {
                restorer.restore(gone);
            }

            @Override
            public void revert() {
                gone = delete.get();
            }
        };
    }

    /** A change that has just been made: undo runs {@code back}, redo runs {@code forth}. */
    public static UndoHistory.Edit change(String label, Runnable forth, Runnable back) {
        return new UndoHistory.Edit() {
            @Override
            public String label() {
                return label;
            }

            @Override
            public void apply() {
                forth.run();
            }

            @Override
            public void revert() {
                back.run();
            }
        };
    }
}
