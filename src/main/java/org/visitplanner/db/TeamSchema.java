package org.visitplanner.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

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
 * it migrates, and a reader's start, which cannot write, migrates nothing when the schema is current.
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
