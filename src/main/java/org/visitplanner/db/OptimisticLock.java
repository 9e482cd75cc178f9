package org.visitplanner.db;

import java.util.Locale;

import org.visitplanner.logic.DataProblem;

/** Optimistic locking: an update names the version it read, and changes nothing if the row moved on since. */
public final class OptimisticLock {
    private OptimisticLock() {
    }

    /** Throws {@link DataProblem.Kind#STALE} when an update or delete by id and version touched no row. */
    public static void check(int changedRows, String table, long id) {
        if (changedRows == 0) {
            throw stale(table, id);
        }
    }

    public static DataProblem stale(String table, long id) {
        return new DataProblem(DataProblem.Kind.STALE, table.toLowerCase(Locale.ROOT) + " " + id, null);
    }
}
