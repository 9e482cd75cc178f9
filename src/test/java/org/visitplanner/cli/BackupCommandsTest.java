package org.visitplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.visitplanner.app.Services;
import org.visitplanner.db.DatabaseDump;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.support.Headless;
import org.visitplanner.support.Headless.Run;
import org.visitplanner.support.OtherInstance;

/** The headless {@code backup} and {@code restore} commands, and passwords for encrypted data. */
class BackupCommandsTest {

    @TempDir
    Path temp;

    private final Map<String, String> environment = new HashMap<>();

    @AfterEach
    void english() {
        Messages.setLocale(Locale.ENGLISH);
    }

    private Run run(String... args) {
        return Headless.run(environment, args);
    }

    private String dump(Path data, String password) {
        try (Services services = Services.open(data, password == null ? null : password.toCharArray())) {
            return DatabaseDump.text(services.database());
        }
    }

    @Test
    void backupThenRestoreGivesBackTheDataAndKeepsWhatItReplaced() {
        Path data = temp.resolve("data");
        String dir = data.toString();
        run("--data-dir", dir, "sample");
        String before = dump(data, null);

        Run backup = run("--data-dir", dir, "backup", "--out", temp.resolve("monday.zip").toString());
        assertThat(backup.exitCode()).isZero();
        assertThat(backup.out().strip()).isEqualTo(temp.resolve("monday.zip").toString());
        assertThat(backup.err()).isEmpty();

        try (Services services = Services.open(data)) {
            services.database().dsl().execute("DELETE FROM event");
        }
        Run restore = run("--data-dir", dir, "restore", temp.resolve("monday.zip").toString());

        assertThat(restore.exitCode()).isZero();
        assertThat(restore.err()).isEmpty();
        Path saved = Path.of(restore.out().strip());
        assertThat(saved.getParent()).isEqualTo(data.resolve("backups"));
        assertThat(saved.getFileName().toString()).endsWith("-before-restore.zip");
        assertThat(dump(data, null)).isEqualTo(before);
    }

    @Test
    void exportBackupChangeRestoreExportGivesTheSameFiles() throws Exception {
        String dir = temp.resolve("data").toString();
        run("--data-dir", dir, "sample");
        Map<String, String> before = exports(dir, "before");
        assertThat(run("--data-dir", dir, "backup", "--out", temp.resolve("tuesday.zip").toString()).exitCode())
                .isZero();

        // Change things: a directory import and a renamed event.
        Files.writeString(temp.resolve("more.csv"), "official_name,city\nInstitut Nouveau,Lyon\n");
        assertThat(run("--data-dir", dir, "import", temp.resolve("more.csv").toString()).exitCode()).isZero();
        try (Services services = Services.open(temp.resolve("data"))) {
            services.database().dsl()
                    .execute("UPDATE event SET title = 'Changed' WHERE id = (SELECT MIN(id) FROM event)");
        }
        assertThat(exports(dir, "changed")).isNotEqualTo(before);

        assertThat(run("--data-dir", dir, "restore", temp.resolve("tuesday.zip").toString()).exitCode()).isZero();
        assertThat(exports(dir, "after")).isEqualTo(before);
    }

    /** The trip's itinerary (CSV and calendar) and the directory, as exported; the calendar without its stamps. */
    private Map<String, String> exports(String dir, String name) throws Exception {
        Map<String, String> files = new java.util.TreeMap<>();
        for (String format : new String[] {"csv", "ics"}) {
            Path out = temp.resolve(name + "." + format);
            Run export = run("--data-dir", dir, "export", "1", "--format", format, "--out", out.toString());
            assertThat(export.exitCode()).as(export.err()).isZero();
            files.put(format, Files.readString(out).replaceAll("(?m)^DTSTAMP:.*\r?\n", ""));
        }
        for (String what : new String[] {"institutions", "contacts"}) {
            Path out = temp.resolve(name + "-" + what + ".csv");
            assertThat(run("--data-dir", dir, "export-directory", "--what", what, "--out", out.toString()).exitCode())
                    .isZero();
            files.put(what, Files.readString(out));
        }
        return files;
    }

    @Test
    void backupWithoutOutGoesToTheBackupsFolder() {
        Path data = temp.resolve("data");
        Run backup = run("--data-dir", data.toString(), "backup");
        assertThat(backup.exitCode()).isZero();
        Path file = Path.of(backup.out().strip());
        assertThat(file.getParent()).isEqualTo(data.resolve("backups"));
        assertThat(file).exists();
    }

    @Test
    void restoringAMissingFileIsBadUsageAndChangesNothing() {
        Path data = temp.resolve("data");
        run("--data-dir", data.toString(), "sample");
        String before = dump(data, null);
        Run restore = run("--data-dir", data.toString(), "--lang", "en", "restore",
                temp.resolve("nope.zip").toString());
        assertThat(restore.exitCode()).isEqualTo(2);
        assertThat(restore.err().strip()).isEqualTo("There is no file " + temp.resolve("nope.zip") + ".");
        assertThat(dump(data, null)).isEqualTo(before);
    }

    @Test
    void restoringWhileAnotherInstanceHasTheDataOpenIsRefused() throws Exception {
        Path data = temp.resolve("data");
        run("--data-dir", data.toString(), "sample");
        Path backup = Path.of(run("--data-dir", data.toString(), "backup").out().strip());
        try (OtherInstance other = OtherInstance.holding(data)) {
            Run restore = run("--data-dir", data.toString(), "--lang", "en", "restore", backup.toString());
            assertThat(restore.exitCode()).isEqualTo(3);
            assertThat(restore.err()).contains("already in use by another Visit Planner");
            assertThat(restore.err().lines()).hasSize(1);
        }
        try (java.util.stream.Stream<Path> files = Files.list(data.resolve("backups"))) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.contains("before-restore"));
        }
    }

    @Test
    void encryptedDataNeedsItsPasswordFromAFileOrTheEnvironment() throws Exception {
        Path data = temp.resolve("data");
        try (Services services = Services.open(data)) {
            services.sampleTrip().ensureLoaded();
            services.encryption().changePassword(null, "horaires d’hiver".toCharArray());
        }
        Run without = run("--data-dir", data.toString(), "--lang", "en", "trips");
        assertThat(without.exitCode()).isEqualTo(3);
        assertThat(without.err().strip()).isEqualTo("The data in " + data + " is protected by a password: give it "
                + "with --password-file FILE or in the environment variable VISIT_PLANNER_PASSWORD.");

        Path passwordFile = privateFile(temp.resolve("password.txt"), "horaires d’hiver\n");
        Run withFile = run("--data-dir", data.toString(), "--password-file", passwordFile.toString(), "trips");
        assertThat(withFile.exitCode()).isZero();
        assertThat(withFile.out()).contains("SJTU / SPEIT");

        Path wrongFile = privateFile(temp.resolve("wrong.txt"), "horaires d’été\r\n");
        Run wrong = run("--data-dir", data.toString(), "--lang", "en", "--password-file", wrongFile.toString(),
                "trips");
        assertThat(wrong.exitCode()).isEqualTo(3);
        assertThat(wrong.err()).contains("password").contains("is wrong");

        environment.put("VISIT_PLANNER_PASSWORD", "horaires d’hiver");
        Run withEnvironment = run("--data-dir", data.toString(), "backup");
        assertThat(withEnvironment.exitCode()).isZero();
        Path backup = Path.of(withEnvironment.out().strip());
        Run restore = run("--data-dir", data.toString(), "restore", backup.toString());
        assertThat(restore.exitCode()).isZero();
        assertThat(run("--data-dir", data.toString(), "trips").out()).contains("SJTU / SPEIT");
    }

    @Test
    void anUnreadablePasswordFileIsBadUsage() throws Exception {
        Path data = temp.resolve("data");
        for (Path bad : new Path[] {temp.resolve("missing.txt"), privateFile(temp.resolve("empty.txt"), ""),
            Files.write(temp.resolve("huge.txt"), new byte[100_000]), Files.createDirectories(temp.resolve("folder")),
            restrict(Files.write(temp.resolve("latin1.txt"), new byte[] {(byte) 0xE9, (byte) 0xE9, '\n'}))}) {
            Run run = run("--data-dir", data.toString(), "--lang", "en", "--password-file", bad.toString(), "trips");
            assertThat(run.exitCode()).as(bad.toString()).isEqualTo(2);
            assertThat(run.err().strip()).as(bad.toString())
                    .isEqualTo("Visit Planner cannot read a password from " + bad + ": give a readable file "
                            + "(at most 4 KB) whose first line is the password.");
        }
    }

    @Test
    void aPasswordFileWithAByteOrderMarkOpensTheData() throws Exception {
        Path data = temp.resolve("data");
        try (Services services = Services.open(data)) {
            services.sampleTrip().ensureLoaded();
            services.encryption().changePassword(null, "horaires d’hiver".toCharArray());
        }
        Path withMark = privateFile(temp.resolve("notepad.txt"), "\uFEFFhoraires d’hiver\r\n");
        Run run = run("--data-dir", data.toString(), "--password-file", withMark.toString(), "trips");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("SJTU / SPEIT");
    }

    @Test
    void aPasswordFileOthersCanReadIsRefusedWithTheFix() throws Exception {
        assumeTrue(Files.getFileStore(temp).supportsFileAttributeView("posix"));
        Path shared = Files.writeString(temp.resolve("shared.txt"), "horaires d’hiver\n");
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rw-r--r--"));
        Run run = run("--data-dir", temp.resolve("data").toString(), "--lang", "en", "--password-file",
                shared.toString(), "trips");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("The password file " + shared + " can be read by other users of "
                + "this computer: make it readable by you only (chmod 600) and try again.");
    }

    private static Path privateFile(Path file, String text) throws IOException {
        return restrict(Files.writeString(file, text));
    }

    private static Path restrict(Path file) throws IOException {
        if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
        return file;
    }
}
