package org.visitplanner.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.visitplanner.app.Services;
import org.visitplanner.logic.DataProblem;
import org.visitplanner.logic.backup.Backup;
import org.visitplanner.logic.backup.BackupKind;
import org.visitplanner.logic.i18n.Messages;

class DatabaseBackupsTest {

    @TempDir
    Path temp;

    private Path data;

    @BeforeEach
    void english() {
        Messages.setLocale(Locale.ENGLISH);
        data = temp.resolve("data");
    }

    @AfterEach
    void restoreLanguage() {
        Messages.setLocale(Locale.ENGLISH);
    }

    @Test
    void restoringABackupGivesBackExactlyWhatWasThere() {
        try (Services services = Services.open(data)) {
            services.sampleTrip().ensureLoaded();
            String before = DatabaseDump.text(services.database());
            Backup backup = services.backups().backUp(BackupKind.MANUAL);

            long tripId = services.trips().findSample().orElseThrow().id();
            services.database().dsl()
                    .execute("UPDATE trip SET notes = 'changed after the backup' WHERE id = ?", tripId);
            services.database().dsl().execute("DELETE FROM event WHERE trip_id = ?", tripId);
            services.database().dsl().execute("INSERT INTO member (name_latin) VALUES ('Someone new')");
            assertThat(DatabaseDump.text(services.database())).isNotEqualTo(before);

            Backup saved = services.backups().describe(services.backups().restore(backup.file(), null));

            assertThat(DatabaseDump.text(services.database())).isEqualTo(before);
            assertThat(services.trips().findSample().orElseThrow().notes()).doesNotContain("changed after");
            assertThat(saved.kind()).isEqualTo(BackupKind.BEFORE_RESTORE);
            assertThat(saved.rows("MEMBER")).hasValue(backup.rows("MEMBER").orElseThrow() + 1);
        }
    }

    @Test
    void dataNotChangedSinceABackupIsKnownAsThatBackupAtTheNextOpenOnly() {
        Path backupFile;
        try (Services services = Services.open(data)) {
            services.sampleTrip().ensureLoaded();
            assertThat(services.backups().sameAsData()).as("never backed up").isEmpty();
            backupFile = services.backups().backUp(BackupKind.AUTO).file();
            assertThat(services.backups().sameAsData()).map(Backup::file).hasValue(backupFile);
            services.trips().findAll(); // reading changes nothing
        }
        try (Services services = Services.open(data)) {
            assertThat(services.backups().sameAsData()).as("closed and opened again untouched")
                    .map(Backup::file).hasValue(backupFile);
        }
        try (Services services = Services.open(data)) {
            assertThat(services.backups().sameAsData()).as("a second open without a change").map(Backup::file)
                    .hasValue(backupFile);
            services.database().dsl().execute("INSERT INTO member (name_latin) VALUES ('Someone new')");
            assertThat(services.backups().sameAsData()).as("changed since").isEmpty();
        }
        try (Services services = Services.open(data)) {
            assertThat(services.backups().sameAsData()).as("changed in the last session").isEmpty();
        }
    }

    @Test
    void aDataFileWrittenWhileClosedOrARemovedBackupIsNotTakenForTheBackup() throws IOException {
        Path backupFile;
        try (Services services = Services.open(data)) {
            services.sampleTrip().ensureLoaded();
            backupFile = services.backups().backUp(BackupKind.MANUAL).file();
        }
        Path file = DatabaseFiles.file(data);
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2025-12-08T08:00:00Z")));
        try (Services services = Services.open(data)) {
            assertThat(services.backups().sameAsData()).as("the file was written by something else").isEmpty();
            services.backups().backUp(BackupKind.MANUAL);
        }
        try (Services services = Services.open(data)) {
            assertThat(services.backups().sameAsData()).isPresent();
            services.backups().backUp(BackupKind.MANUAL);
            assertThat(services.backups().sameAsData()).isPresent();
        }
        try (Stream<Path> backups = Files.list(data.resolve("backups"))) {
            for (Path backup : backups.filter(f -> f.toString().endsWith(".zip")).toList()) {
                Files.delete(backup);
            }
        }
        try (Services services = Services.open(data)) {
            assertThat(services.backups().sameAsData()).as("its backup is gone").isEmpty();
        }
        assertThat(backupFile).doesNotExist();
    }

    @Test
    void aBackupRecordsWhatTheDataHeldAndIsReadableBack() throws IOException {
        try (Services services = Services.open(data)) {
            services.sampleTrip().ensureLoaded();
            Backup backup = services.backups().backUp(BackupKind.AUTO);

            assertThat(backup.file().getParent()).isEqualTo(data.resolve("backups"));
            assertThat(backup.file().getFileName().toString())
                    .matches("visit-planner-\\d{4}-\\d\\d-\\d\\d-\\d{6}-auto\\.zip");
            assertThat(backup.rows("TRIP")).hasValue(1);
            assertThat(backup.rows("EVENT")).hasValue(18);
            assertThat(backup.schemaVersion()).isEqualTo(services.database().dsl().fetchValue("SELECT \"version\" "
                    + "FROM \"flyway_schema_history\" WHERE \"success\" AND \"version\" IS NOT NULL "
                    + "ORDER BY \"installed_rank\" DESC LIMIT 1").toString()); // "10" sorts before "9" as text
            assertThat(backup.encrypted()).isFalse();
            try (ZipFile zip = new ZipFile(backup.file().toFile())) {
                assertThat(zip.stream().map(ZipEntry::getName))
                        .containsExactly("backup.properties", "visit-planner.mv.db");
            }
            assertThat(services.backups().list()).extracting(Backup::file).containsExactly(backup.file());
        }
    }

    @Test
    void backupsAreOwnerOnly() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(DataDirectory.isPosix());
        try (Services services = Services.open(data)) {
            Backup backup = services.backups().backUp(BackupKind.MANUAL);
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(backup.file()))).isEqualTo("rw-------");
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(backup.file().getParent()))).isEqualTo("rwx------");
        }
    }

    @Test
    void automaticBackupsArePrunedToTheLastTenAndOnePerDay() throws IOException {
        try (Services services = Services.open(data)) {
            services.sampleTrip().ensureLoaded();
            Backup template = services.backups().backUp(BackupKind.MANUAL);
            Path folder = template.file().getParent();
            // Twenty old automatic backups, two a day for the ten days before today.
            Instant today = Instant.parse("2025-12-10T12:00:00Z");
            for (int day = 1; day <= 10; day++) {
                for (int hour : new int[] {9, 15}) {
                    Instant when = today.minusSeconds(day * 86_400L).minusSeconds((12 - hour) * 3_600L);
                    copyAs(template.file(), folder, when, "auto");
                }
            }
            DatabaseBackups backups = new DatabaseBackups(services.database(), Clock.fixed(today, ZoneId.of("UTC")));
            Backup fresh = backups.backUp(BackupKind.AUTO);

            List<Backup> left = backups.list();
            List<Backup> automatic = left.stream().filter(b -> b.kind() == BackupKind.AUTO).toList();
            // The last ten (fresh + nine older) and the newest of each of the last seven days.
            assertThat(automatic).hasSize(10 + 1);
            assertThat(automatic.get(0).file()).isEqualTo(fresh.file());
            assertThat(left).extracting(Backup::kind).contains(BackupKind.MANUAL);
        }
    }

    @Test
    void theDataReplacedByARestoreIsKeptAsABackup() {
        try (Services services = Services.open(data)) {
            Backup empty = services.backups().backUp(BackupKind.MANUAL);
            services.sampleTrip().ensureLoaded();
            Backup saved = services.backups().describe(services.backups().restore(empty.file(), null));
            assertThat(services.trips().findAll()).isEmpty();
            assertThat(saved.rows("TRIP")).hasValue(1);
            services.backups().restore(saved.file(), null);
            assertThat(services.trips().findAll()).hasSize(1);
        }
    }

    @Test
    void restoringIntoClosedDataSetsADamagedFileAsideAndNeverDeletesIt() throws IOException {
        Path backup;
        try (Services services = Services.open(data)) {
            services.sampleTrip().ensureLoaded();
            backup = services.backups().backUpTo(temp.resolve("copy.zip")).file();
        }
        byte[] garbage = "this is not a database".repeat(1000).getBytes(StandardCharsets.UTF_8);
        Files.write(data.resolve("visit-planner.mv.db"), garbage);

        DatabaseBackups.Restored restored = DatabaseBackups.restoreClosed(data, backup, null);

        assertThat(restored.setAside()).isNotNull();
        assertThat(Files.readAllBytes(restored.setAside())).isEqualTo(garbage);
        assertThat(restored.setAside().getParent()).isEqualTo(data.resolve("damaged"));
        try (Services services = Services.open(data)) {
            assertThat(services.trips().findAll()).hasSize(1);
        }
    }

    @Test
    void aFileThatIsNotABackupIsRefusedAndTheDataStaysAsItWas() throws IOException {
        try (Services services = Services.open(data)) {
            services.sampleTrip().ensureLoaded();
            String before = DatabaseDump.text(services.database());
            Path text = Files.writeString(temp.resolve("notes.zip"), "hello");
            Path wrongZip = zip(temp.resolve("other.zip"), "readme.txt", "hello".getBytes(StandardCharsets.UTF_8));
            Path traversal = zip(temp.resolve("evil.zip"), "../../visit-planner.mv.db", new byte[4096]);
            assertThatThrownBy(() -> services.backups().restore(temp.resolve("missing.zip"), null))
                    .isInstanceOfSatisfying(DataProblem.class, problem -> assertThat(problem.userMessage())
                            .isEqualTo("There is no file " + temp.resolve("missing.zip") + "."));
            for (Path file : List.of(text, wrongZip, traversal)) {
                assertThatThrownBy(() -> services.backups().restore(file, null))
                        .isInstanceOfSatisfying(DataProblem.class, problem -> {
                            assertThat(problem.kind()).isEqualTo(DataProblem.Kind.CORRUPT);
                            assertThat(problem.userMessage()).contains("is not a Visit Planner backup");
                        });
            }
            assertThat(DatabaseDump.text(services.database())).isEqualTo(before);
            assertThat(temp.resolve("visit-planner.mv.db")).doesNotExist();
            assertThat(temp.getParent().resolve("visit-planner.mv.db")).doesNotExist();
        }
    }

    @Test
    void aBackupWhoseCopyDiffersFromWhatItRecordedIsRefused() throws IOException {
        Path backup;
        try (Services services = Services.open(data)) {
            services.sampleTrip().ensureLoaded();
            backup = services.backups().backUp(BackupKind.MANUAL).file();
            // The same archive, but claiming one trip more than it holds.
            Path tampered = temp.resolve("tampered.zip");
            try (ZipFile zip = new ZipFile(backup.toFile());
                 OutputStream out = Files.newOutputStream(tampered);
                 ZipOutputStream copy = new ZipOutputStream(out)) {
                String metadata = new String(zip.getInputStream(zip.getEntry("backup.properties")).readAllBytes(),
                        StandardCharsets.UTF_8).replace("rows.TRIP=1", "rows.TRIP=2");
                copy.putNextEntry(new ZipEntry("backup.properties"));
                copy.write(metadata.getBytes(StandardCharsets.UTF_8));
                copy.putNextEntry(new ZipEntry("visit-planner.mv.db"));
                zip.getInputStream(zip.getEntry("visit-planner.mv.db")).transferTo(copy);
            }
            assertThatThrownBy(() -> services.backups().restore(tampered, null))
                    .isInstanceOfSatisfying(DataProblem.class,
                            problem -> assertThat(problem.userMessage()).contains("damaged"));
            assertThat(services.trips().findAll()).hasSize(1);
        }
    }

    @Test
    void aBackupCannotBeWrittenOverTheDataItself() {
        try (Services services = Services.open(data)) {
            assertThatThrownBy(() -> services.backups().backUpTo(data.resolve("visit-planner.mv.db")))
                    .isInstanceOf(DataProblem.class);
            assertThat(services.trips().findAll()).isEmpty();
        }
    }

    @Test
    void aBareDatabaseFileCanBeRestored() throws IOException {
        Path other = temp.resolve("other");
        try (Services services = Services.open(other)) {
            services.sampleTrip().ensureLoaded();
        }
        Path bare = Files.copy(other.resolve("visit-planner.mv.db"), temp.resolve("copied-from-a-usb-stick.mv.db"));
        try (Services services = Services.open(data)) {
            services.backups().restore(bare, null);
            assertThat(services.trips().findAll()).hasSize(1);
        }
    }

    @Test
    void noFlippedBitOfABackupIsRestoredAsIfItWereGood() throws IOException {
        Path backup;
        byte[] original;
        try (Services services = Services.open(data)) {
            services.sampleTrip().ensureLoaded();
            backup = services.backups().backUp(BackupKind.MANUAL).file();
        }
        try (ZipFile zip = new ZipFile(backup.toFile())) {
            original = zip.getInputStream(zip.getEntry(Database.FILE_NAME)).readAllBytes();
        }
        byte[] zipBytes = Files.readAllBytes(backup);
        java.util.Random random = new java.util.Random(11);
        int restored = 0;
        for (int flip = 0; flip < 40; flip++) {
            byte[] damaged = zipBytes.clone();
            int at = random.nextInt(damaged.length);
            damaged[at] ^= (byte) (1 << random.nextInt(8));
            Path file = Files.write(temp.resolve("flip-" + flip + ".zip"), damaged);
            Path target = temp.resolve("restore-" + flip);
            try {
                DatabaseBackups.restoreClosed(target, file, null);
            } catch (DataProblem refused) {
                assertThat(target.resolve(Database.FILE_NAME)).as("nothing installed after flip at " + at)
                        .doesNotExist();
                continue;
            }
            // Accepted only where the flip touched nothing that matters (a ZIP comment or a date).
            assertThat(Files.readAllBytes(target.resolve(Database.FILE_NAME))).as("flip at byte " + at)
                    .isEqualTo(original);
            restored++;
        }
        assertThat(restored).as("most flips are refused").isLessThan(20);
    }

    @Test
    void aBitFlippedInsideTheDatabaseIsFoundEvenWhenTheZipIsWellFormed() throws IOException {
        Path backup;
        try (Services services = Services.open(data)) {
            services.sampleTrip().ensureLoaded();
            backup = services.backups().backUp(BackupKind.MANUAL).file();
        }
        for (long bit : new long[] {8 * 5000 + 1, 8 * 20_000 + 6, 8 * 60_000 + 2}) {
            Path flipped = org.visitplanner.support.HostileDatabases.flipOneBit(backup, bit,
                    temp.resolve("flipped-" + bit + ".zip"));
            assertThatThrownBy(() -> DatabaseBackups.restoreClosed(temp.resolve("target-" + bit), flipped, null))
                    .isInstanceOfSatisfying(DataProblem.class, problem -> assertThat(problem.userMessage())
                            .isEqualTo("The backup " + flipped + " is damaged: its copy of the data does not match "
                                    + "what it recorded. Choose another backup."));
        }
    }

    @Test
    void aBackupOfDamagedDataIsRefusedAndTheGoodBackupsStay() throws IOException {
        List<Backup> good;
        try (Services services = Services.open(data)) {
            services.sampleTrip().ensureLoaded();
            services.backups().backUp(BackupKind.AUTO);
            good = services.backups().list();
        }
        org.visitplanner.support.HostileDatabases.loseOneIndexEntry(DatabaseFiles.file(data),
                "CONTACT_INSTITUTION_IDX");
        try (Services services = Services.open(data)) {
            assertThatThrownBy(() -> services.backups().backUp(BackupKind.AUTO))
                    .isInstanceOfSatisfying(DataProblem.class, problem -> assertThat(problem.userMessage())
                            .startsWith("No backup was made: the data in " + DatabaseFiles.file(data)
                                    + " is damaged"));
            assertThatThrownBy(() -> services.backups().backUpTo(temp.resolve("copy.zip")))
                    .isInstanceOf(DataProblem.class);
            assertThat(services.backups().list()).as("the good backups are all kept, nothing added")
                    .extracting(Backup::file).containsExactlyElementsOf(good.stream().map(Backup::file).toList());
            assertThat(temp.resolve("copy.zip")).doesNotExist();
        }
    }

    @Test
    void aBackupMadeWhileTheDataIsEditedIsGoodAndRestoresWhatItRecorded() throws Exception {
        try (Services services = Services.open(data)) {
            services.sampleTrip().ensureLoaded();
            java.util.concurrent.atomic.AtomicBoolean writing = new java.util.concurrent.atomic.AtomicBoolean(true);
            Thread editor = new Thread(() -> {
                for (int i = 0; writing.get(); i++) {
                    services.database().dsl().execute("INSERT INTO member (name_latin) VALUES (?)", "Editor " + i);
                }
            }, "editing meanwhile");
            editor.start();
            List<Backup> made = new java.util.ArrayList<>();
            try {
                for (int i = 0; i < 5; i++) {
                    made.add(services.backups().backUp(BackupKind.AUTO));
                }
            } finally {
                writing.set(false);
                editor.join();
            }
            for (Backup backup : made) {
                Path target = temp.resolve("restored-" + backup.file().getFileName());
                DatabaseBackups.restoreClosed(target, backup.file(), null);
                try (Services restored = Services.open(target)) {
                    assertThat((long) restored.members().findAll().size()).isEqualTo(backup.rows("MEMBER")
                            .orElseThrow());
                }
            }
        }
    }

    private static Path zip(Path target, String entry, byte[] content) throws IOException {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            out.putNextEntry(new ZipEntry(entry));
            out.write(content);
        }
        return target;
    }

    private static void copyAs(Path template, Path folder, Instant when, String kind) throws IOException {
        Path target = folder.resolve("old-" + when.getEpochSecond() + ".zip");
        try (ZipFile zip = new ZipFile(template.toFile());
             ZipOutputStream copy = new ZipOutputStream(Files.newOutputStream(target))) {
            String metadata = new String(zip.getInputStream(zip.getEntry("backup.properties")).readAllBytes(),
                    StandardCharsets.UTF_8);
            try (Stream<String> lines = metadata.lines()) {
                metadata = String.join("\n", lines.map(line -> line.startsWith("created=") ? "created=" + when
                        : line.startsWith("kind=") ? "kind=" + kind : line).toList());
            }
            copy.putNextEntry(new ZipEntry("backup.properties"));
            copy.write(metadata.getBytes(StandardCharsets.UTF_8));
            copy.putNextEntry(new ZipEntry("visit-planner.mv.db"));
            zip.getInputStream(zip.getEntry("visit-planner.mv.db")).transferTo(copy);
        }
    }
}
