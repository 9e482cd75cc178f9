package org.visitplanner.db.search;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Objects;

import org.h2.api.Trigger;

/**
 * Queues a change for the search index whenever a row of a table it reads is inserted, updated or deleted (created by
 * {@code V4__search_queue.sql}). It runs inside the transaction of the change, so the queue holds exactly the
 * committed changes, whichever feature made them. Renaming this class needs a migration that recreates the triggers.
 */
public final class SearchQueueTrigger implements Trigger {

    private String table;
    private int idColumn;
    private int eventColumn;
    private int meetingColumn;

    @Override
    public void init(Connection connection, String schema, String trigger, String tableName, boolean before,
                     int type) throws SQLException {
        table = tableName.toUpperCase(Locale.ROOT);
        idColumn = column(connection, schema, tableName, "ID");
        eventColumn = column(connection, schema, tableName, "EVENT_ID");
        meetingColumn = column(connection, schema, tableName, "MEETING_ID");
    }

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        for (Object[] row : new Object[][] {oldRow, newRow}) {
            if (row == null || (row == newRow && oldRow != null && sameScope(oldRow, newRow))) {
                continue;
            }
            switch (table) {
                case "EVENT" -> queue(connection, "EVENT", row[idColumn]);
                case "MEETING_RECORD" -> queue(connection, "EVENT", row[eventColumn]);
                case "OUTCOME", "ACTION_ITEM" ->
                        queue(connection, "EVENT", eventOfMeeting(connection, row[meetingColumn]));
                case "INSTITUTION" -> queue(connection, "INSTITUTION", row[idColumn]);
                case "CONTACT" -> queue(connection, "CONTACT", row[idColumn]);
                default -> throw new SQLException("search queue trigger on unexpected table " + table);
            }
        }
    }

    /** An update that keeps the row's event (or meeting) needs one queue entry, not two. */
    private boolean sameScope(Object[] oldRow, Object[] newRow) {
        int column = switch (table) {
            case "MEETING_RECORD" -> eventColumn;
            case "OUTCOME", "ACTION_ITEM" -> meetingColumn;
            default -> idColumn;
        };
        return Objects.equals(oldRow[column], newRow[column]);
    }

    private static Object eventOfMeeting(Connection connection, Object meetingId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT event_id FROM meeting_record WHERE id = ?")) {
            select.setObject(1, meetingId);
            try (ResultSet result = select.executeQuery()) {
                // Gone when the whole meeting is being deleted: the meeting's own trigger queues the event then.
                return result.next() ? result.getObject(1) : null;
            }
        }
    }

    private static void queue(Connection connection, String scope, Object id) throws SQLException {
        if (id == null) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO search_pending (scope, ref_id) VALUES (?, ?)")) {
            insert.setString(1, scope);
            insert.setObject(2, id);
            insert.executeUpdate();
        }
    }

    private static int column(Connection connection, String schema, String table, String name) throws SQLException {
        DatabaseMetaData metaData = connection.getMetaData();
        try (ResultSet columns = metaData.getColumns(null, schema, table, name)) {
            return columns.next() ? columns.getInt("ORDINAL_POSITION") - 1 : -1;
        }
    }
}
