package org.visitplanner.db;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import javax.crypto.Mac;

/**
 * A full, deterministic text of every table: tables by name, columns in order, rows by primary key, every value
 * written out. Two databases with the same content give the same text, byte for byte; backups are checked with its
 * digest, and tests compare it before and after an operation that must change nothing.
 */
public final class DatabaseDump {

    private DatabaseDump() {
    }

    /** The whole dump of an open database (for tests and diagnostics; it holds everything in memory). */
    public static String text(Database database) {
        return database.withConnection(connection -> {
            StringBuilder text = new StringBuilder();
            write(connection, line -> text.append(line).append('\n'));
            return text.toString();
        });
    }

    /** The number of rows of every table, by table name. */
    static Map<String, Long> rowCounts(Connection connection) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        for (String table : tables(connection)) {
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + quote(table))) {
                rows.next();
                counts.put(table, rows.getLong(1));
            }
        }
        return counts;
    }

    /**
     * A digest of the dump: SHA-256, or an HMAC keyed with the file key for an encrypted database (so that the
     * digest, stored in clear beside an encrypted backup, cannot confirm a guess of its content).
     */
    static String digest(Connection connection, FileKey key) throws SQLException {
        if (key != null) {
            Mac mac = key.mac();
            write(connection, line -> mac.update((line + "\n").getBytes(StandardCharsets.UTF_8)));
            return "hmac-sha256:" + HexFormat.of().formatHex(mac.doFinal());
        }
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
        write(connection, line -> sha256.update((line + "\n").getBytes(StandardCharsets.UTF_8)));
        return "sha256:" + HexFormat.of().formatHex(sha256.digest());
    }

    static void write(Connection connection, Consumer<String> lines) throws SQLException {
        for (String table : tables(connection)) {
            List<String> columns = columns(connection, table);
            lines.accept("TABLE " + table + " (" + String.join(", ", columns) + ")");
            List<String> order = primaryKey(connection, table);
            String sql = "SELECT * FROM " + quote(table) + " ORDER BY "
                    + String.join(", ", (order.isEmpty() ? columns : order).stream().map(DatabaseDump::quote).toList());
            try (PreparedStatement statement = connection.prepareStatement(sql);
                 ResultSet rows = statement.executeQuery()) {
                ResultSetMetaData meta = rows.getMetaData();
                StringBuilder line = new StringBuilder();
                while (rows.next()) {
                    line.setLength(0);
                    for (int column = 1; column <= meta.getColumnCount(); column++) {
                        if (column > 1) {
                            line.append('\t');
                        }
                        line.append(value(rows, column));
                    }
                    lines.accept(line.toString());
                }
            }
        }
    }

    private static String value(ResultSet rows, int column) throws SQLException {
        Object value = rows.getObject(column);
        if (value == null) {
            return "NULL";
        }
        if (value instanceof Clob clob) {
            value = clob.getSubString(1, (int) clob.length());
        }
        if (value instanceof byte[] bytes) {
            return "X'" + HexFormat.of().formatHex(bytes) + "'";
        }
        if (value instanceof String text) {
            return quoteText(text);
        }
        return value.toString();
    }

    /** Quotes text so that tabs, line breaks and quotes inside it cannot be mistaken for the dump's own. */
    private static String quoteText(String text) {
        StringBuilder quoted = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\r' -> quoted.append("\\r");
                case '\t' -> quoted.append("\\t");
                default -> {
                    if (c < 0x20) {
                        quoted.append(String.format("\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }

    /** The schema the tables are in: H2's {@code PUBLIC}, or a team database's current one ({@code public}). */
    private static String schema(Connection connection) throws SQLException {
        return connection.getMetaData().storesLowerCaseIdentifiers() ? connection.getSchema() : "PUBLIC";
    }

    private static List<String> tables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES "
                + "WHERE TABLE_SCHEMA = ? AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME")) {
            statement.setString(1, schema(connection));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
        }
        return tables;
    }

    private static List<String> columns(Connection connection, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT COLUMN_NAME FROM "
                + "INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ? ORDER BY ORDINAL_POSITION")) {
            statement.setString(1, schema(connection));
            statement.setString(2, table);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    columns.add(rows.getString(1));
                }
            }
        }
        return columns;
    }

    private static List<String> primaryKey(Connection connection, String table) throws SQLException {
        Map<Short, String> key = new TreeMap<>();
        DatabaseMetaData meta = connection.getMetaData();
        try (ResultSet rows = meta.getPrimaryKeys(null, schema(connection), table)) {
            while (rows.next()) {
                key.put(rows.getShort("KEY_SEQ"), rows.getString("COLUMN_NAME"));
            }
        }
        return new ArrayList<>(key.values());
    }

    private static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
