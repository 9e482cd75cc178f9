package org.visitplanner.logic.undo;

import java.util.List;

/** Reads and writes whole rows, for the undo and redo of changes; implemented over the database. */
public interface RowStore {

    /** The rows of {@code scopes} as they are now. */
    RowImage read(List<RowScope> scopes);

    /**
     * Makes the rows of {@code expected}'s scopes exactly {@code wanted}'s (deleting, updating and inserting rows), in
     * one transaction, if they are still exactly {@code expected}; else changes nothing and throws
     * {@link org.visitplanner.logic.DataProblem.Kind#STALE} (someone changed them in the meantime).
     */
    void replace(RowImage expected, RowImage wanted);
}
