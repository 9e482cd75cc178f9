package org.visitplanner.logic.undo;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything one delete took out of the database, so that undo can put back exactly the same rows: the same ids,
 * versions and time stamps, the rows the database deleted with it ({@code ON DELETE CASCADE}) and the links it
 * cleared ({@code ON DELETE SET NULL}, e.g. events that were at a deleted institution).
 *
 * <p>Plain values (column names to JDK objects) so that it can travel through {@code logic} without knowing the
 * database; only the {@link Restorer} interprets it.
 *
 * @param rows    deleted rows, parents before children (the order to insert them back in)
 * @param relinks links the database set to null, to set again
 */
public record DeletedRows(List<Row> rows, List<Relink> relinks) {

    /** One deleted row of {@code table}: its columns and their values. */
    public record Row(String table, Map<String, Object> values) {
        public Row {
            values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        }
    }

    /** A column of the row identified by {@code key} that pointed at a deleted row and must point at it again. */
    public record Relink(String table, String column, Object value, Map<String, Object> key) {
        public Relink {
            key = Collections.unmodifiableMap(new LinkedHashMap<>(key));
        }
    }

    public DeletedRows {
        rows = List.copyOf(rows);
        relinks = List.copyOf(relinks);
    }

    /** How many rows of {@code table} (upper-case SQL name) were deleted. */
    public long count(String table) {
        return rows.stream().filter(r -> r.table().equalsIgnoreCase(table)).count();
    }
}
