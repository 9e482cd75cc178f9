package org.visitplanner.logic.undo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Supplier;

import org.visitplanner.logic.Transactions;

/**
 * The undoable edits of the app: a change of rows, a creation, a deletion, or several of them as one step. Each puts
 * back exactly the rows it changed (the same ids, versions and time stamps), so that any sequence of edits undoes and
 * redoes in order, and a conflict is only ever reported for a change made elsewhere
 * ({@code docs/decisions/0018-undo-puts-back-exact-rows.md}).
 */
public final class Edits {
    private Edits() {
    }

    /**
     * A change to make with {@code write}, touching only rows of {@code scopes}: undo and redo put the rows of the
     * scopes back exactly as they were before and after it.
     */
    public static <T> RowChange<T> change(String label, Transactions transactions, RowStore rows,
                                          List<RowScope> scopes, Callable<T> write) {
        return new RowChange<>(label, transactions, rows, scopes, write);
    }

    /**
     * A record to create with {@code create}: undo deletes it with {@code delete} (at the version it was created
     * with, which undo restores), keeping all that went with it; redo restores that.
     */
    public static <T> Creation<T> creation(String label, Transactions transactions, Supplier<T> create,
                                           Function<T, DeletedRows> delete, Restorer restorer) {
        return new Creation<>(label, transactions, create, delete, restorer);
    }

    /** A deletion to make with {@code delete}: undo puts back what it took, redo deletes again. */
    public static UndoHistory.Edit deletion(String label, Supplier<DeletedRows> delete, Restorer restorer) {
        return new UndoHistory.Edit() {
            private DeletedRows gone;

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
     * A delete that has just happened: undo puts {@code deleted} back, redo deletes again with {@code delete}.
     *
     * @param delete deletes the same record again (at the version it had, which undo restores) and returns what went
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

    /**
     * Edits made as one step (an import): applied in order and undone in reverse order, each time in one transaction.
     * The parts are applied for the first time by the first {@link UndoHistory.Edit#apply()}.
     */
    public static UndoHistory.Edit together(String label, Transactions transactions, List<UndoHistory.Edit> parts) {
        List<UndoHistory.Edit> steps = List.copyOf(parts);
        return new UndoHistory.Edit() {
            @Override
            public String label() {
                return label;
            }

            @Override
            public void apply() {
                transactions.run(() -> steps.forEach(UndoHistory.Edit::apply));
            }

            @Override
            public void revert() {
                List<UndoHistory.Edit> backwards = new ArrayList<>(steps);
                Collections.reverse(backwards);
                transactions.run(() -> backwards.forEach(UndoHistory.Edit::revert));
            }
        };
    }
}
