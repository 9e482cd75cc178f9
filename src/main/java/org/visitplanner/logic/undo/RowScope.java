package org.visitplanner.logic.undo;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Some rows of one table: those whose columns have the given values ({@code EVENT} with {@code ID = 7},
 * {@code EVENT_PARTICIPANT} with {@code EVENT_ID = 7}). Names are the upper-case SQL names.
 */
public record RowScope(String table, Map<String, Object> where) {

    public RowScope {
        where = Collections.unmodifiableMap(new LinkedHashMap<>(where));
    }

    /** The rows of {@code table} whose {@code column} is {@code value}. */
    public static RowScope of(String table, String column, Object value) {
        return new RowScope(table, Map.of(column, value));
    }

    /** The rows of {@code table} whose two columns have these values. */
    public static RowScope of(String table, String column, Object value, String otherColumn, Object otherValue) {
        Map<String, Object> where = new LinkedHashMap<>();
        where.put(column, value);
        where.put(otherColumn, otherValue);
        return new RowScope(table, where);
    }

    @Override
    public String toString() {
        return table.toLowerCase(Locale.ROOT) + " " + where.values();
    }
}
