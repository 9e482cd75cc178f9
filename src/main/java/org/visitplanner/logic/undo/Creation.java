package org.visitplanner.logic.undo;

import java.util.function.Function;
import java.util.function.Supplier;

import org.visitplanner.logic.Transactions;

/**
 * A record created: undo deletes it with everything that came to hang on it since (a meeting record opened on a new
 * event), kept as {@link DeletedRows}; redo puts all of it back under the same ids.
 *
 * @param <T> the record as stored
 */
public final class Creation<T> implements UndoHistory.Edit {

    private final String label;
    private final Transactions transactions;
    private final Supplier<T> create;
    private final Function<T, DeletedRows> delete;
    private final Restorer restorer;
    private T created;
    private DeletedRows gone;

    Creation(String label, Transactions transactions, Supplier<T> create, Function<T, DeletedRows> delete,
             Restorer restorer) {
        this.label = label;
        this.transactions = transactions;
        this.create = create;
        this.delete = delete;
        this.restorer = restorer;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public void apply() {
        if (created == null) {
            created = transactions.inTransaction(create::get);
        } else {
            restorer.restore(gone);
        }
    }

    @Override
    public void revert() {
        gone = transactions.inTransaction(() -> delete.apply(created));
    }

    /** The record as first stored. */
    public T created() {
        return created;
    }
}
