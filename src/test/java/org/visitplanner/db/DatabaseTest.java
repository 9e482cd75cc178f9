package org.visitplanner.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.visitplanner.logic.DataProblem;
import org.visitplanner.support.OtherInstance;

class DatabaseTest {

    @TempDir
    Path temp;

    @Test
    void aNewDataDirectoryIsCreatedForItsOwnerOnly() throws IOException {
        Path directory = temp.resolve("new/data");
        try (Database database = Database.open(directory)) {
            assertThat(database.location()).endsWith("visit-planner.mv.db");
        }
        assertThat(Files.isDirectory(directory)).isTrue();
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(directory))).isEqualTo("rwx------");
    }

    @Test
    void everyFileOfTheDataIsOwnerOnly() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path directory = temp.resolve("data");
        Files.createDirectories(directory.resolve("attachments"));
        Files.writeString(directory.resolve("attachments/minutes.pdf"), "left readable by another program");
        org.visitplanner.logic.settings.UserSettings.load(directory).setDarkTheme(true);
        try (Database database = Database.open(directory)) {
            database.dsl().execute("INSERT INTO member (name_latin) VALUES ('Ma Wei')");
        }
        for (Path file : new Path[] {directory.resolve("visit-planner.mv.db"), directory.resolve("settings.properties"),
            directory.resolve("attachments/minutes.pdf")}) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).as(file.toString())
                    .isEqualTo("rw-------");
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(directory.resolve("attachments"))))
                .isEqualTo("rwx------");
        try (var files = Files.list(directory)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("visit-planner.mv.db", "settings.properties", "attachments");
        }
    }

    @Test
    void whatWasCommittedIsThereAfterReopening() {
        Path directory = temp.resolve("data");
        try (Database database = Database.open(directory)) {
            database.dsl().execute("INSERT INTO member (name_latin) VALUES ('Ma Wei')");
        }
        try (Database database = Database.open(directory)) {
            assertThat(database.dsl().fetchValue("SELECT name_latin FROM member")).isEqualTo("Ma Wei");
        }
    }

    @Test
    void dataOpenInAnotherRunningInstanceIsReportedAsAlreadyOpen() throws Exception {
        Path directory = temp.resolve("data");
        try (OtherInstance other = OtherInstance.holding(directory)) {
            assertThatThrownBy(() -> Database.open(directory))
                    .isInstanceOfSatisfying(DataProblem.class,
                            problem -> assertThat(problem.kind()).isEqualTo(DataProblem.Kind.LOCKED));
        }
        try (Database reopened = Database.open(directory)) {
            assertThat(reopened.location()).endsWith("visit-planner.mv.db");
        }
    }

    @Test
    void aDamagedFileIsReportedAndLeftAsItWas() throws IOException {
        Path directory = Files.createDirectories(temp.resolve("data"));
        Path file = directory.resolve("visit-planner.mv.db");
        byte[] garbage = new byte[64 * 1024];
        Arrays.fill(garbage, (byte) 0x5A);
        Files.write(file, garbage);

        assertThatThrownBy(() -> Database.open(directory))
                .isInstanceOfSatisfying(DataProblem.class,
                        problem -> assertThat(problem.kind()).isEqualTo(DataProblem.Kind.CORRUPT));
        assertThat(Files.readAllBytes(file)).isEqualTo(garbage);
    }

    @Test
    void dataFromANewerVersionIsRefusedUntouched() throws IOException {
        Path directory = temp.resolve("data");
        try (Database database = Database.open(directory)) {
            database.dsl().execute("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", "
                    + "\"description\", \"type\", \"script\", \"checksum\", \"installed_by\", \"execution_time\", "
                    + "\"success\") VALUES (99, '999', 'from the future', 'SQL', 'V999__future.sql', 0, 'sa', 0,"
                    + " TRUE)");
        }
        Path file = directory.resolve("visit-planner.mv.db");
        byte[] before = Files.readAllBytes(file);

        assertThatThrownBy(() -> Database.open(directory))
                .isInstanceOfSatisfying(DataProblem.class,
                        problem -> assertThat(problem.kind()).isEqualTo(DataProblem.Kind.NEWER_SCHEMA));
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void theDatabaseIsNeverUsedOnTheJavaFxThread() throws InterruptedException {
        try (Database database = Database.inMemory("fx-guard-" + System.nanoTime())) {
            Throwable[] seen = new Throwable[1];
            Thread fxNamed = new Thread(() -> {
                try {
                    database.dsl().fetch("SELECT 1");
                } catch (Throwable t) {
                    seen[0] = t;
                }
            }, "JavaFX Application Thread");
            fxNamed.start();
            fxNamed.join();
            assertThat(seen[0]).isInstanceOf(IllegalStateException.class).hasMessageContaining("JavaFX");
        }
    }

    @Test
    void everyProblemHasASentenceInEveryLanguage() {
        for (java.util.Locale language : org.visitplanner.logic.i18n.Messages.LANGUAGES) {
            org.visitplanner.logic.i18n.Messages.setLocale(language);
            for (DataProblem.Kind kind : DataProblem.Kind.values()) {
                String message = new DataProblem(kind, "/data/visit-planner.mv.db", null).userMessage();
                assertThat(message).doesNotContain("Exception").doesNotContain("{0}");
                if (kind != DataProblem.Kind.STALE) {
                    assertThat(message).as(language + " " + kind).contains("/data/visit-planner.mv.db");
                }
            }
        }
        org.visitplanner.logic.i18n.Messages.setLocale(java.util.Locale.ENGLISH);
    }
}
