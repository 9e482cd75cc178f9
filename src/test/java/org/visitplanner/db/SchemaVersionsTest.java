package org.visitplanner.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The quick look at a file's schema that lets nearly every start skip Flyway, and never lets a wrong file through. */
class SchemaVersionsTest {

    @TempDir
    Path folder;

    @Test
    void aDatabaseMadeByThisBuildIsCurrentWithoutFlyway() throws IOException {
        Database.open(folder).close();
        assertThat(SchemaVersions.isCurrent(DatabaseFiles.file(folder), null)).isTrue();
        assertThat(SchemaVersions.known()).contains("1", "4", "5");
    }

    @Test
    void anOlderSchemaIsLeftToFlywayWhichUpgradesIt() throws IOException {
        Path file = DatabaseFiles.file(folder);
        Files.copy(Path.of("src/test/resources/schema-versions/V1/visit-planner.mv.db"), file);
        assertThat(SchemaVersions.isCurrent(file, null)).isFalse();
        Database.open(folder).close();
        assertThat(SchemaVersions.isCurrent(file, null)).isTrue();
    }

    @Test
    void aNewerSchemaOrAFailedMigrationIsLeftToFlyway() throws Exception {
        Database.open(folder).close();
        Path file = DatabaseFiles.file(folder);
        try (var pool = DatabaseFiles.connect(file, null).getConnection(); var statement = pool.createStatement()) {
            statement.execute("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\","
                    + " \"type\", \"script\", \"installed_by\", \"execution_time\", \"success\") VALUES (99, '99',"
                    + " 'from a newer build', 'SQL', 'V99__later.sql', 'sa', 1, TRUE)");
        }
        assertThat(SchemaVersions.isCurrent(file, null)).isFalse();
    }

    @Test
    void versionsAreComparedAsFlywayDoes() {
        assertThat(SchemaVersions.normal("5")).isEqualTo("5");
        assertThat(SchemaVersions.normal("5.0")).isEqualTo("5");
        assertThat(SchemaVersions.normal("05_1")).isEqualTo("5.1");
        assertThat(SchemaVersions.normal("10.0.2")).isEqualTo("10.0.2");
    }
}
