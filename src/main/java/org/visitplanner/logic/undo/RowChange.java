package org.visitplanner.logic.undo;

import java.util.List;
import java.util.concurrent.Callable;

import org.visitplanner.logic.Transactions;

/**
 * A change of some rows that undo and redo put back exactly: its first {@link #apply()} runs {@code write} and keeps
 * the rows of its scopes as they were just before and just after (in the same transaction); undo then writes the
 * rows before back — versions and time stamps included — and redo the rows after, each only if the rows are still as
 * the other left them. Because every edit of the history restores rows exactly, undoing edits in reverse order
 * always finds each edit's rows as it left them: a conflict means someone else changed them.
 *
 * @param <T> what the first write returns (the record as stored)
 */
public final class RowChange<T> implements UndoHistory.Edit {

    private final String label;
    private final Transactions transactions;
    private final RowStore rows;
    private final List<RowScope> scopes;
    private final Callable<T> write;
    private RowImage before;
    private RowImage after;
    private T result;

    RowChange(String label, Transactions transactions, RowStore rows, List<RowScope> scopes, Callable<T> write) {
        this.label = label;
        this.transactions = transactions;
        this.rows = rows;
        this.scopes = List.copyOf(scopes);
        this.write = write;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public void apply() {
        if (before == null) {
            transactions.run(() -> {
                RowImage found = rows.read(scopes);
                T written;
                try {
                    written = write.call();
                } catch (RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                RowImage left = rows.read(scopes);
                before = found;
                after = left;
                result = written;
            });
        } else {
            rows.replace(before, after);
        }
    }

    @Override
    public void revert() {
        rows.replace(after, before);
    }

    /** What the first write returned. */
    public T result() {
        return result;
    }
}
