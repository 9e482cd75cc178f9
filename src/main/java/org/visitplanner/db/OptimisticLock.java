package org.visitplanner.db;

import java.util.Locale;

import org.visitplanner.logic.DataProblem;

/**
 * Optimistic locking, the one way every repository detects a stale row (ADR 0025): an update or delete names the id
 * and the version it read, changes nothing if the row moved on since, and then fails with {@link #stale}.
 */
public final class OptimisticLock {
    private OptimisticLock() {
    }

    /** Throws {@link DataProblem.Kind#STALE} when an update or delete by id and version touched no row. */
    public static void check(int changedRows, String table, long id) {
        if (changedRows == 0) {
            throw stale(table, id);
        }
    }

    /** The row an update by id and version returned; {@link DataProblem.Kind#STALE} when it touched none (null). */
    public static <R> R updated(R row, String table, long id) {
        if (row == null) {
            throw stale(table, id);
        }
        return row;
    }

    /** The one stale-row failure: the row {@code id} of {@code table} changed or went since it was read. */
    public static DataProblem stale(String table, long id) {
        return new DataProblem(DataProblem.Kind.STALE, table.toLowerCase(Locale.ROOT) + " " + id, null);
    }
}
