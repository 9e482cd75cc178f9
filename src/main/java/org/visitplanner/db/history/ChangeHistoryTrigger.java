package org.visitplanner.db.history;

import java.sql.Clob;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.h2.api.Trigger;

/**
 * Records who changed which field of a row of an H2 file, when, from what to what (created by
 * {@code db/h2/V12__change_history.sql}; PostgreSQL's function {@code change_history_changed} does the same), and who
 * added or deleted an institution, contact, member or event ({@code V13}; PostgreSQL's
 * {@code change_history_added_deleted}). It runs inside the transaction of the change, whichever feature makes it.
 * Renaming this class needs a migration that recreates the triggers.
 */
public final class ChangeHistoryTrigger implements Trigger {

    /** Values longer than this are not copied into the history: the row says the field changed. */
    public static final int LONG_TEXT = 200;
    /** A change of the same field by the same person this soon after the last one updates that row. */
    static final Duration SAME_EDIT = Duration.ofMinutes(10);
    private static final Set<String> NOT_RECORDED = Set.of("ID", "VERSION", "CREATED_AT", "UPDATED_AT", "GID",
            "SEQUENCE");

    /** The field of a row that says a record was added or deleted; its value names the record. */
    public static final String ADDED = "added";
    public static final String DELETED = "deleted";
    /** The column that names a record of each table whose additions and deletions are recorded. */
    private static final Map<String, String> NAME_COLUMN = Map.of("institution", "OFFICIAL_NAME",
            "contact", "NAME_LATIN", "member", "NAME_LATIN", "event", "TITLE");
    /** The column that names the record a record belongs to (a contact's institution, an event's trip). */
    private static final Map<String, String> PARENT_COLUMN = Map.of("contact", "INSTITUTION_ID",
            "event", "TRIP_ID");

    private static volatile String user = System.getProperty("user.name", "");

    private String table;
    private final List<String> columns = new ArrayList<>();

    /** The name recorded as who made the changes to an H2 file (the computer's user unless the app names one). */
    public static void user(String name) {
        user = name == null || name.isBlank() ? System.getProperty("user.name", "") : name.strip();
    }

    @Override
    public void init(Connection connection, String schema, String trigger, String tableName, boolean before,
                     int type) throws SQLException {
        table = tableName.toLowerCase(Locale.ROOT);
        try (ResultSet result = connection.getMetaData().getColumns(null, schema, tableName, null)) {
            List<String[]> found = new ArrayList<>();
            while (result.next()) {
                found.add(new String[] {String.valueOf(result.getInt("ORDINAL_POSITION")),
                        result.getString("COLUMN_NAME").toUpperCase(Locale.ROOT)});
            }
            found.sort((a, b) -> Integer.compare(Integer.parseInt(a[0]), Integer.parseInt(b[0])));
            found.forEach(column -> columns.add(column[1]));
        }
    }

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        String who = user.isEmpty() ? "?" : user.length() > 128 ? user.substring(0, 128) : user;
        if (oldRow == null || newRow == null) {
            if (NAME_COLUMN.containsKey(table)) {
                addedOrDeleted(connection, oldRow == null ? newRow : oldRow, oldRow == null, who);
            }
            return;
        }
        Object id = newRow[columns.indexOf("ID")];
        for (int i = 0; i < columns.size(); i++) {
            String column = columns.get(i);
            if (NOT_RECORDED.contains(column)
                    || "event".equals(table) && ("LATITUDE".equals(column) || "LONGITUDE".equals(column))) {
                continue;
            }
            String before = text(oldRow[i]);
            String after = text(newRow[i]);
            if (!Objects.equals(before, after)) {
                record(connection, id, column.toLowerCase(Locale.ROOT), before, after, who);
            }
        }
    }

    /**
     * A record added or deleted: one row whose value is its name. Adding back what the same person deleted within
     * {@link #SAME_EDIT} (an undo of a delete) removes that row instead: nothing happened after all. (Deleting what
     * they just added is recorded: its undo then takes the "deleted" row away and leaves the history as it was.)
     */
    private void addedOrDeleted(Connection connection, Object[] row, boolean added, String who) throws SQLException {
        Object id = row[columns.indexOf("ID")];
        String name = text(row[columns.indexOf(NAME_COLUMN.get(table))]);
        if (name != null && name.length() > LONG_TEXT) {
            name = name.substring(0, LONG_TEXT);
        }
        String parentColumn = PARENT_COLUMN.get(table);
        Object parent = parentColumn == null ? null : row[columns.indexOf(parentColumn)];
        try (PreparedStatement last = connection.prepareStatement("SELECT id, changed_by, created_at, field "
                + "FROM change_history WHERE table_name = ? AND record_id = ? AND field IN (?, ?) "
                + "ORDER BY id DESC LIMIT 1")) {
            last.setString(1, table);
            last.setObject(2, id);
            last.setString(3, ADDED);
            last.setString(4, DELETED);
            try (ResultSet found = last.executeQuery()) {
                if (added && found.next() && who.equals(found.getString(2)) && found.getString(4).equals(DELETED)
                        && found.getObject(3, OffsetDateTime.class).toInstant()
                        .isAfter(Instant.now().minus(SAME_EDIT))) {
                    try (PreparedStatement delete = connection.prepareStatement(
                            "DELETE FROM change_history WHERE id = ?")) {
                        delete.setLong(1, found.getLong(1));
                        delete.executeUpdate();
                    }
                    return;
                }
            }
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO change_history (table_name, "
                + "record_id, field, old_value, new_value, changed_by, parent_id) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, table);
            insert.setObject(2, id);
            insert.setString(3, added ? ADDED : DELETED);
            insert.setString(4, added ? null : name);
            insert.setString(5, added ? name : null);
            insert.setString(6, who);
            insert.setObject(7, parent);
            insert.executeUpdate();
        }
    }

    private void record(Connection connection, Object id, String field, String before, String after, String who)
            throws SQLException {
        boolean isLong = before != null && before.length() > LONG_TEXT || after != null && after.length() > LONG_TEXT;
        try (PreparedStatement last = connection.prepareStatement("SELECT id, changed_by, created_at, long_text, "
                + "old_value FROM change_history WHERE table_name = ? AND record_id = ? AND field = ? "
                + "ORDER BY id DESC LIMIT 1")) {
            last.setString(1, table);
            last.setObject(2, id);
            last.setString(3, field);
            try (ResultSet row = last.executeQuery()) {
                if (row.next() && who.equals(row.getString(2)) && row.getObject(3, OffsetDateTime.class).toInstant()
                        .isAfter(Instant.now().minus(SAME_EDIT))) {
                    boolean stillLong = isLong || row.getBoolean(4);
                    if (!stillLong && Objects.equals(row.getString(5), after)) {
                        // Changed back (an undo, a slip corrected): nothing changed after all.
                        try (PreparedStatement delete = connection.prepareStatement(
                                "DELETE FROM change_history WHERE id = ?")) {
                            delete.setLong(1, row.getLong(1));
                            delete.executeUpdate();
                        }
                        return;
                    }
                    try (PreparedStatement update = connection.prepareStatement(stillLong
                            ? "UPDATE change_history SET old_value = NULL, new_value = NULL, long_text = TRUE, "
                                    + "updated_at = CURRENT_TIMESTAMP WHERE id = ?"
                            : "UPDATE change_history SET new_value = ?, updated_at = CURRENT_TIMESTAMP WHERE id = ?")) {
                        int next = 1;
                        if (!stillLong) {
                            update.setString(next++, after);
                        }
                        update.setLong(next, row.getLong(1));
                        update.executeUpdate();
                    }
                    return;
                }
            }
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO change_history (table_name, "
                + "record_id, field, old_value, new_value, long_text, changed_by) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, table);
            insert.setObject(2, id);
            insert.setString(3, field);
            insert.setString(4, isLong ? null : before);
            insert.setString(5, isLong ? null : after);
            insert.setBoolean(6, isLong);
            insert.setString(7, who);
            insert.executeUpdate();
        }
    }

    private static String text(Object value) throws SQLException {
        if (value instanceof Clob clob) {
            // H2 hands a large text over as a Clob, whose toString names the object, not the text.
            long length = clob.length();
            return clob.getSubString(1, (int) Math.min(length, LONG_TEXT + 1L));
        }
        return value == null ? null : value.toString();
    }
}
