package org.visitplanner.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.visitplanner.app.Services;
import org.visitplanner.logic.backup.Backup;
import org.visitplanner.logic.backup.BackupKind;

/**
 * Each released schema version has a small database under {@code src/test/resources/schema-versions/V<n>/} (made by
 * {@code support.MakeSchemaSnapshot}); the current app must open every one and keep all of its data.
 */
class SchemaUpgradeTest {

    private static final Path VERSIONS = Path.of("src/test/resources/schema-versions");

    @TempDir
    Path temp;

    static List<Path> releasedVersions() throws IOException {
        try (Stream<Path> folders = Files.list(VERSIONS)) {
            return folders.filter(Files::isDirectory).sorted().toList();
        }
    }

    /** H2's migrations: the shared scripts and its own. */
    private static Stream<Path> h2Scripts() throws IOException {
        return Stream.concat(Files.list(Path.of("src/main/resources/db/migration")),
                Files.list(Path.of("src/main/resources/db/h2")));
    }

    @Test
    void eachReleasedVersionHasItsDatabaseAndWhatToCheck() throws IOException {
        List<Path> versions = releasedVersions();
        assertThat(versions).extracting(p -> p.getFileName().toString()).contains("V1");
        List<String> scripts;
        try (Stream<Path> files = h2Scripts()) {
            scripts = files.map(p -> p.getFileName().toString().replaceAll("__.*", "")).toList();
        }
        for (Path version : versions) {
            assertThat(scripts).as("a migration script for " + version).contains(version.getFileName().toString());
            assertThat(version.resolve("visit-planner.mv.db")).isRegularFile();
            assertThat(version.resolve("expected.properties")).isRegularFile();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("releasedVersions")
    void theCurrentAppOpensTheDatabaseOfAnEarlierVersionAndKeepsAllItsData(Path version) throws IOException {
        Path data = Files.createDirectories(temp.resolve("data"));
        Files.copy(version.resolve("visit-planner.mv.db"), data.resolve("visit-planner.mv.db"));
        Properties expected = new Properties();
        try (Reader in = Files.newBufferedReader(version.resolve("expected.properties"), StandardCharsets.UTF_8)) {
            expected.load(in);
        }
        try (Services services = Services.open(data)) {
            DSLContext dsl = services.database().dsl();
            for (String key : expected.stringPropertyNames()) {
                if (key.startsWith("rows.")) {
                    assertThat(dsl.fetchCount(DSL.table(key.substring("rows.".length())))).as(key)
                            .isEqualTo(Integer.parseInt(expected.getProperty(key)));
                }
            }
            assertThat(services.trips().findAll()).extracting(s -> s.trip().name())
                    .contains(expected.getProperty("trip.name"));
            assertThat(dsl.fetchCount(DSL.table("meeting_record"), DSL.field("notes", String.class)
                    .eq(expected.getProperty("meeting.notes")))).as("the meeting notes in every script").isEqualTo(1);
            assertThat(services.sampleTrip().ensureLoaded()).isPositive();
            // The schema is now the newest this build knows.
            String newest = dsl.fetchValue("SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" "
                    + "ORDER BY \"installed_rank\" DESC LIMIT 1").toString();
            try (Stream<Path> files = h2Scripts()) {
                assertThat(files.map(p -> p.getFileName().toString()))
                        .anyMatch(name -> name.startsWith("V" + newest + "__"));
            }
            boolean upgraded = !newest.equals(expected.getProperty("schema.version"));
            assertThat(services.backups().list()).extracting(Backup::kind)
                    .satisfies(kinds -> assertThat(kinds.contains(BackupKind.BEFORE_UPGRADE)).isEqualTo(upgraded));
        }
    }

    @Test
    void anOlderSchemaIsUpgradedOnACopyAndTheOriginalIsKeptAsABackup() throws Exception {
        Path data = Files.createDirectories(temp.resolve("data"));
        // A file of schema version 0: an H2 database with none of the app's tables yet.
        try (Connection connection = DriverManager.getConnection(
                "jdbc:h2:file:" + data.resolve("visit-planner").toAbsolutePath(), "sa", "")) {
            assertThat(connection.isValid(1)).isTrue();
        }
        byte[] original = Files.readAllBytes(data.resolve("visit-planner.mv.db"));
        try (Services services = Services.open(data)) {
            assertThat(services.trips().findAll()).isEmpty();
            List<Backup> backups = services.backups().list();
            assertThat(backups).extracting(Backup::kind).containsExactly(BackupKind.BEFORE_UPGRADE);
            assertThat(backups.get(0).schemaVersion()).isNull();
            assertThat(DatabaseBackups.list(data)).hasSize(1);
            try (var zip = new java.util.zip.ZipFile(backups.get(0).file().toFile())) {
                assertThat(zip.getInputStream(zip.getEntry("visit-planner.mv.db")).readAllBytes()).isEqualTo(original);
            }
        }
        try (Stream<Path> left = Files.list(data)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(name -> name.startsWith(".staging"));
        }
    }
}
