package org.visitplanner.logic.undo;

import java.util.List;

/**
 * The rows of some {@link RowScope scopes} as they were at one moment, every column (versions and time stamps too),
 * in a stable order: what an edit found and what it left, so that undo and redo can put back exactly either.
 */
public record RowImage(List<RowScope> scopes, List<DeletedRows.Row> rows) {

    public RowImage {
        scopes = List.copyOf(scopes);
        rows = List.copyOf(rows);
    }
}
