package org.visitplanner.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.visitplanner.app.Services;
import org.visitplanner.logic.DataProblem;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.support.HostileDatabases;
import org.visitplanner.support.HostileDatabases.Attack;

/**
 * A database file is looked at below SQL before H2 opens it: anything the migrations did not create is refused,
 * and nothing stored in the file runs (a marker file proves it).
 */
class FileSchemaTest {

    @TempDir
    Path temp;

    private Path sample;

    @BeforeEach
    void sampleData() {
        Messages.setLocale(Locale.ENGLISH);
        Path data = temp.resolve("sample");
        try (Services services = Services.open(data)) {
            services.sampleTrip().ensureLoaded();
        }
        sample = DatabaseFiles.file(data);
    }

    @AfterEach
    void english() {
        Messages.setLocale(Locale.ENGLISH);
    }

    @Test
    void theAppsOwnDataIsAtTheNewestVersionAndEveryIndexMatchesItsTable() {
        assertThat(FileSchema.verify(sample, null, true)).isEqualTo(newestVersion());
    }

    @Test
    void dataMadeByAnEarlierVersionIsRecognisedForItsUpgrade() {
        Path v1 = Path.of("src/test/resources/schema-versions/V1/visit-planner.mv.db");
        assertThat(FileSchema.verify(v1, null, true)).isEqualTo("1");
    }

    @Test
    void dataOfTheReleaseBeforeOpensAndIsBroughtUpToDate() throws Exception {
        // Data made by the release before this one (schema version 9): every migration added since comes after it.
        Path data = temp.resolve("release-9");
        Files.createDirectories(data);
        Path file = DatabaseFiles.file(data);
        JdbcConnectionPool pool = DatabaseFiles.pool(file, null, false);
        try {
            Migrations.configure(pool, Migrations.Engine.H2).target("9").load().migrate();
        } finally {
            pool.dispose();
        }
        assertThat(FileSchema.verify(file, null, true)).isEqualTo("9");
        try (Services services = Services.open(data)) {
            services.sampleTrip().ensureLoaded();
            assertThat(services.trips().findAll()).isNotEmpty();
        }
        assertThat(FileSchema.verify(file, null, true)).isEqualTo(newestVersion());
    }

    @ParameterizedTest
    @EnumSource(Attack.class)
    void anythingTheMigrationsDidNotCreateIsRefusedAndNothingInTheFileRuns(Attack attack) throws Exception {
        Path marker = temp.resolve("ran-" + attack);
        Path hostile = HostileDatabases.craft(sample, temp.resolve(attack + "/visit-planner.mv.db"), attack, marker);
        HostileDatabases.arm(marker);

        assertThatThrownBy(() -> FileSchema.verify(hostile, null, false))
                .isInstanceOfSatisfying(DataProblem.class, problem -> {
                    assertThat(problem.kind()).isEqualTo(DataProblem.Kind.CORRUPT);
                    assertThat(problem.userMessage()).contains(hostile.toString());
                });
        // Every way in: opening it as data, as the probe of a schema, as a backup's copy.
        Path data = hostile.getParent();
        assertThatThrownBy(() -> Services.open(data)).isInstanceOf(DataProblem.class);
        assertThatThrownBy(() -> DatabaseFiles.probe(hostile, null)).isInstanceOf(DataProblem.class);
        assertThatThrownBy(() -> BackupArchive.inspect(hostile, null)).isInstanceOf(DataProblem.class);
        assertThat(marker).as("no code stored in the file ran").doesNotExist();
    }

    @Test
    void theSentenceNamesWhatWasFound() throws Exception {
        Path marker = temp.resolve("ran");
        Path trigger = HostileDatabases.craft(sample, temp.resolve("t/visit-planner.mv.db"), Attack.SOURCE_TRIGGER,
                marker);
        assertThat(problemOf(trigger).userMessage()).isEqualTo(trigger + " holds a trigger “AUDIT_TRIP” that "
                + "Visit Planner did not create, so it was not opened and nothing in it was run. Use data or a "
                + "backup made by Visit Planner.");
        Path changed = HostileDatabases.craft(sample, temp.resolve("d/visit-planner.mv.db"),
                Attack.DEFAULT_THAT_WRITES_FILES, marker);
        assertThat(problemOf(changed).userMessage()).startsWith(changed + " holds a table “MEMBER” whose "
                + "definition is not the one Visit Planner made");
        Path dropped = HostileDatabases.craft(sample, temp.resolve("i/visit-planner.mv.db"), Attack.DROPPED_INDEX,
                marker);
        assertThat(problemOf(dropped).userMessage()).startsWith("The data file " + dropped + " is damaged: part "
                + "of its structure is missing");
        Messages.setLocale(Locale.FRENCH);
        assertThat(problemOf(trigger).userMessage()).contains("un déclencheur « AUDIT_TRIP »");
        Messages.setLocale(Locale.CHINESE);
        assertThat(problemOf(trigger).userMessage()).contains("触发器“AUDIT_TRIP”");
    }

    @Test
    void anIndexThatLostAnEntryIsFoundAndTheFileRefused() throws Exception {
        Path copy = Files.createDirectories(temp.resolve("damaged")).resolve(Database.FILE_NAME);
        Files.copy(sample, copy);
        HostileDatabases.loseOneIndexEntry(copy, "CONTACT_INSTITUTION_IDX");

        assertThat(FileSchema.verify(copy, null, false)).as("the schema itself is intact")
                .isEqualTo(newestVersion());
        assertThatThrownBy(() -> FileSchema.verify(copy, null, true))
                .isInstanceOfSatisfying(DataProblem.class, problem -> assertThat(problem.userMessage())
                        .isEqualTo("The data file " + copy + " is damaged: one of its indexes does not match its "
                                + "rows, so some records would be hidden or wrong. It has been left untouched; "
                                + "restore a backup to continue."));
    }

    @Test
    void aFileOfANewerVersionIsRefusedAsSuchWithoutBeingOpened() throws Exception {
        Path newer = Files.createDirectories(temp.resolve("newer")).resolve(Database.FILE_NAME);
        Files.copy(sample, newer);
        try (var connection = java.sql.DriverManager.getConnection("jdbc:h2:file:"
                + newer.toString().replace(".mv.db", ""), "sa", ""); var statement = connection.createStatement()) {
            statement.execute("CREATE TABLE VISIT_REQUEST (ID BIGINT PRIMARY KEY)");
            statement.execute("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", "
                    + "\"description\", \"type\", \"script\", \"checksum\", \"installed_by\", \"execution_time\", "
                    + "\"success\") VALUES (99, '99', 'future', 'SQL', 'V99__future.sql', 0, 'sa', 0, TRUE)");
        }
        assertThat(problemOf(newer).kind()).isEqualTo(DataProblem.Kind.NEWER_SCHEMA);
    }

    @Test
    void anEncryptedFileIsReadWithItsKeyOnly() {
        Path data = temp.resolve("encrypted");
        try (Services services = Services.open(data)) {
            services.encryption().changePassword(null, "horaires d’hiver".toCharArray());
        }
        Path file = DatabaseFiles.file(data);
        assertThat(FileSchema.verify(file, FileKey.derive("horaires d’hiver".toCharArray()), true))
                .isEqualTo(newestVersion());
        assertThat(problemOf(file, FileKey.derive("horaires d’été".toCharArray())).kind())
                .isEqualTo(DataProblem.Kind.WRONG_PASSWORD);
    }

    @Test
    void h2LoadsNoClassByNameButTheAppsTrigger() {
        try (Database database = Database.inMemory("lockdown")) {
            assertThatThrownBy(() -> database.dsl().execute(
                    "CREATE ALIAS RUNTIME FOR 'java.lang.Runtime.getRuntime'"))
                    .rootCause().hasMessageContaining("Access to the class \"java.lang.Runtime\" is denied");
        }
    }

    private static DataProblem problemOf(Path file) {
        return problemOf(file, null);
    }

    private static DataProblem problemOf(Path file, FileKey key) {
        try {
            FileSchema.verify(file, key, true);
        } catch (DataProblem problem) {
            return problem;
        }
        throw new AssertionError(file + " was accepted");
    }

    private static String newestVersion() {
        return SchemaReference.newestVersion();
    }
}
