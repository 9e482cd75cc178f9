package org.visitplanner.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationVersion;
import org.visitplanner.logic.DataProblem;

/**
 * The schema of a team database: brought up to date by the same migrations as an H2 file when it is older, refused
 * when it is newer than this build (a colleague's newer Visit Planner upgraded it) or when the database holds tables
 * Visit Planner did not create. Several colleagues starting at once are safe: Flyway locks the schema history while
 * it migrates, and a reader's start, which cannot write, migrates nothing when the schema is current. Its tables and
 * columns are then compared with the schema reference ({@link #checkTables}).
 */
final class TeamSchema {

    private TeamSchema() {
    }

    static void bringUpToDate(DataSource dataSource, String location) throws SQLException {
        Flyway flyway = Migrations.configure(dataSource, Migrations.Engine.POSTGRESQL).load();
        MigrationInfoService info = flyway.info();
        MigrationInfo current = info.current();
        MigrationVersion newest = DatabaseFiles.newestKnownVersion(info);
        if (current != null && current.getVersion() != null && current.getVersion().compareTo(newest) > 0) {
            throw new DataProblem(DataProblem.Kind.NEWER_SCHEMA, location, null);
        }
        if (current == null && tablesIn(dataSource) > 0) {
            throw new DataProblem(DataProblem.Kind.OTHER, location,
                    new DataProblem.Reason("team.error.notVisitPlanner", location), null);
        }
        if (info.pending().length > 0) {
            flyway.migrate();
        }
        checkTables(dataSource, location, SchemaReference.newestVersion());
    }

    /**
     * The team database's counterpart of {@link FileSchema}'s check of a file: its tables, views and columns must be
     * exactly those this build's migrations make (read from the same reference), so that a table, view or column
     * someone added, or one dropped, is refused with one sentence instead of confusing a copy, a backup or a bundle.
     * The rest of what {@code FileSchema} compares is left to the server on purpose: H2 runs a file's triggers and
     * functions inside this app (so a file from outside must not bring any), while PostgreSQL runs them in the server,
     * which the office administers and whose roles decide who may create them; and the definitions of indexes,
     * constraints and settings are PostgreSQL's own, not comparable with H2's text.
     */
    static void checkTables(DataSource dataSource, String location, String version) throws SQLException {
        Map<String, Set<String>> expected = SchemaReference.tablesAndColumns(version);
        Map<String, Set<String>> found = new TreeMap<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("SELECT t.table_name, c.column_name "
                     + "FROM information_schema.tables t LEFT JOIN information_schema.columns c "
                     + "ON c.table_schema = t.table_schema AND c.table_name = t.table_name "
                     + "WHERE t.table_schema = current_schema()");
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                Set<String> columns = found.computeIfAbsent(rows.getString(1).toUpperCase(Locale.ROOT),
                        table -> new TreeSet<>());
                if (rows.getString(2) != null) {
                    columns.add(rows.getString(2).toUpperCase(Locale.ROOT));
                }
            }
        }
        if (found.equals(expected)) {
            return;
        }
        List<String> differences = new ArrayList<>();
        for (String table : found.keySet()) {
            if (!expected.containsKey(table)) {
                differences.add(table.toLowerCase(Locale.ROOT));
            } else {
                for (String column : found.get(table)) {
                    if (!expected.get(table).contains(column)) {
                        differences.add((table + "." + column).toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        for (String table : expected.keySet()) {
            if (!found.containsKey(table)) {
                differences.add("-" + table.toLowerCase(Locale.ROOT));
            } else {
                for (String column : expected.get(table)) {
                    if (!found.get(table).contains(column)) {
                        differences.add(("-" + table + "." + column).toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        throw new DataProblem(DataProblem.Kind.OTHER, location, new DataProblem.Reason("team.error.schemaChanged",
                location, String.join(", ", differences.subList(0, Math.min(5, differences.size())))), null);
    }

    /** The number of tables in the schema the connection works in (a database of something else has some). */
    static int tablesIn(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema()");
             ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
