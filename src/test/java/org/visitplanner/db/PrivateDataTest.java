package org.visitplanner.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.visitplanner.app.Services;
import org.visitplanner.logic.DataProblem;
import org.visitplanner.logic.backup.Backup;
import org.visitplanner.logic.backup.BackupKind;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.logic.meeting.MeetingService;
import org.visitplanner.logic.security.FileCipher;
import org.visitplanner.model.Attachment;
import org.visitplanner.model.Event;
import org.visitplanner.model.MeetingRecord;
import org.visitplanner.support.FileSystems;
import org.visitplanner.support.SampleEvents;

/**
 * With a password, nothing of the notes is left readable beside the encrypted database (the search index stores no
 * text, attached files are encrypted, no backup stays in clear), and the data folder and everything in it are the
 * user's own from the moment they exist.
 */
class PrivateDataTest {

    private static final String PASSWORD = "horaires d’hiver";
    private static final String SECRET = "the quokka signed the memorandum at midnight";

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
    void withAPasswordTheSearchIndexAndTheAttachmentsHoldNoReadableText() throws Exception {
        Path original = Files.writeString(temp.resolve("minutes.txt"), "Minutes: " + SECRET, StandardCharsets.UTF_8);
        Attachment attached;
        try (Services services = Services.open(data)) {
            services.sampleTrip().ensureLoaded();
            writeSecretNotes(services);
            attached = attach(services, original);
            assertThat(services.search().search("quokka", 10)).as("found before the password").hasSize(1);
            services.encryption().changePassword(null, PASSWORD.toCharArray());
            assertThat(services.search().search("quokka memorandum", 10)).as("found after it").hasSize(1)
                    .first().satisfies(hit -> assertThat(hit.snippetText("**")).contains("**quokka**"));
            Path opened = services.meetings().fileOf(attached);
            assertThat(Files.readString(opened)).isEqualTo("Minutes: " + SECRET);
            assertThat(opened).as("opened from a private temporary copy").isNotEqualTo(
                    data.resolve(attached.storedPath()));
        }
        assertThat(filesHolding(data, SECRET)).as("files where the secret can be read").isEmpty();
        assertThat(FileCipher.isEncrypted(data.resolve(attached.storedPath()))).isTrue();

        try (Services services = Services.open(data, PASSWORD.toCharArray())) {
            services.encryption().changePassword(PASSWORD.toCharArray(), null);
        }
        assertThat(Files.readString(data.resolve(attached.storedPath()))).as("plain again without a password")
                .isEqualTo("Minutes: " + SECRET);
        assertThat(data.resolve("attachments/.key")).doesNotExist();
    }

    @Test
    void aChangeOfPasswordCutShortIsFinishedAtTheNextOpen() throws Exception {
        Path original = Files.writeString(temp.resolve("minutes.txt"), "Minutes: " + SECRET, StandardCharsets.UTF_8);
        Attachment attached;
        try (Services services = Services.open(data)) {
            services.sampleTrip().ensureLoaded();
            attached = attach(services, original);
            services.backups().backUp(BackupKind.MANUAL);
            services.encryption().changePassword(null, PASSWORD.toCharArray());
        }
        // As if the change had been killed before it reached the attachment and a backup: both still in clear.
        Path copy = data.resolve(attached.storedPath());
        Files.writeString(copy, "Minutes: " + SECRET, StandardCharsets.UTF_8);
        Path plainBackup = data.resolve("backups").resolve("left-in-clear.zip");
        try (Services plain = Services.open(temp.resolve("other"))) {
            plain.sampleTrip().ensureLoaded();
            Files.copy(plain.backups().backUp(BackupKind.MANUAL).file(), plainBackup);
        }

        try (Services services = Services.open(data, PASSWORD.toCharArray())) {
            assertThat(FileCipher.isEncrypted(copy)).isTrue();
            assertThat(services.backups().list()).allMatch(Backup::encrypted);
            assertThat(Files.readString(services.meetings().fileOf(attached))).isEqualTo("Minutes: " + SECRET);
        }
        assertThat(filesHolding(data, SECRET)).isEmpty();
        assertThat(FileKey.isEncrypted(extracted(plainBackup))).isTrue();
    }

    @Test
    void aChangedPasswordKeepsTheAttachmentsReadableEvenWhenTheChangeWasCutShort() throws Exception {
        Path original = Files.writeString(temp.resolve("minutes.txt"), "Minutes: " + SECRET, StandardCharsets.UTF_8);
        Attachment attached;
        try (Services services = Services.open(data)) {
            services.sampleTrip().ensureLoaded();
            services.encryption().changePassword(null, PASSWORD.toCharArray());
            attached = attach(services, original);
            // The new key of the attachments is ready; the change then stops before the data changes key.
            AttachmentKeys.prepareChange(data, FileKey.derive(PASSWORD.toCharArray()),
                    FileKey.derive("nouveau mot de passe".toCharArray()));
        }
        try (Services services = Services.open(data, PASSWORD.toCharArray())) {
            assertThat(Files.readString(services.meetings().fileOf(attached))).isEqualTo("Minutes: " + SECRET);
            services.encryption().changePassword(PASSWORD.toCharArray(), "nouveau mot de passe".toCharArray());
        }
        try (Services services = Services.open(data, "nouveau mot de passe".toCharArray())) {
            assertThat(Files.readString(services.meetings().fileOf(attached))).isEqualTo("Minutes: " + SECRET);
        }
    }

    @Test
    void aBackupInClearRestoredOverProtectedDataNeedsThePasswordAndStaysProtected() throws Exception {
        Path plainBackup;
        try (Services other = Services.open(temp.resolve("other"))) {
            other.sampleTrip().ensureLoaded();
            plainBackup = other.backups().backUpTo(temp.resolve("plain.zip")).file();
        }
        try (Services services = Services.open(data)) {
            services.encryption().changePassword(null, PASSWORD.toCharArray());
        }
        byte[] before = Files.readAllBytes(DatabaseFiles.file(data));
        assertThatThrownBy(() -> DatabaseBackups.restoreClosed(data, plainBackup, null))
                .isInstanceOfSatisfying(DataProblem.class, problem -> assertThat(problem.userMessage())
                        .isEqualTo("The data in " + DatabaseFiles.file(data) + " is protected by a password: give it "
                                + "(--password-file FILE, or the environment variable VISIT_PLANNER_PASSWORD) to "
                                + "restore a backup over it. The restored data will be protected by the same "
                                + "password."));
        assertThat(Files.readAllBytes(DatabaseFiles.file(data))).isEqualTo(before);
        assertThat(data.resolve("damaged")).doesNotExist();

        DatabaseBackups.restoreClosed(data, plainBackup, FileKey.derive(PASSWORD.toCharArray()));
        assertThat(FileKey.isEncrypted(DatabaseFiles.file(data))).as("still protected").isTrue();
        try (Services services = Services.open(data, PASSWORD.toCharArray())) {
            assertThat(services.trips().findAll()).hasSize(1);
        }
    }

    @Test
    void everythingInTheDataFolderIsOwnerOnlyFromTheStart() throws Exception {
        assumeTrue(FileSystems.isPosixHere(temp));
        Path original = Files.writeString(temp.resolve("slides.txt"), "slides", StandardCharsets.UTF_8);
        try (Services services = Services.open(data)) {
            services.sampleTrip().ensureLoaded();
            attach(services, original);
            services.search().search("ecole", 5);
            services.backups().backUp(BackupKind.MANUAL);
            try (Stream<Path> all = Files.walk(data)) {
                for (Path path : all.toList()) {
                    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(path))).as(path.toString())
                            .isEqualTo(Files.isDirectory(path) ? "rwx------" : "rw-------");
                }
            }
        }
    }

    @Test
    void aDataFolderReachedThroughALinkIsMadePrivateItself() throws Exception {
        assumeTrue(FileSystems.isPosixHere(temp));
        Path real = Files.createDirectories(temp.resolve("real"));
        Files.setPosixFilePermissions(real, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path link = Files.createSymbolicLink(temp.resolve("link"), real);
        Path resolved = DataDirectory.resolve(link.toString(), java.util.Map.of());
        assertThat(resolved).isEqualTo(real.toRealPath());
        try (Services services = Services.open(resolved)) {
            services.sampleTrip().ensureLoaded();
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(real))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(real.resolve(Database.FILE_NAME))))
                .isEqualTo("rw-------");
    }

    @Test
    void aDataFolderOthersCanWriteIsRefusedWithTheFix() throws Exception {
        assumeTrue(FileSystems.isPosixHere(temp));
        Path shared = Files.createDirectories(temp.resolve("shared"));
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxrwxrwx"));
        assertThatThrownBy(() -> Services.open(shared)).isInstanceOfSatisfying(DataProblem.class,
                problem -> assertThat(problem.userMessage()).isEqualTo("Other users of this computer can change the "
                        + "files in " + shared + ", so Visit Planner does not keep your notes there. Make it yours "
                        + "only (chmod 700 \"" + shared + "\") and try again, or choose another folder with "
                        + "--data-dir."));
        assertThat(shared.resolve(Database.FILE_NAME)).doesNotExist();
    }

    @Test
    void aDataFolderOfAnotherUserIsRefused() throws Exception {
        assumeTrue(FileSystems.isPosixHere(temp) && FileSystems.isRoot());
        Path theirs = Files.createDirectories(temp.resolve("theirs"));
        assumeTrue(new ProcessBuilder("chown", "nobody", theirs.toString()).start().waitFor() == 0);
        assertThatThrownBy(() -> Services.open(theirs)).isInstanceOfSatisfying(DataProblem.class,
                problem -> assertThat(problem.userMessage()).startsWith("The data folder " + theirs
                        + " belongs to another user (nobody)"));
    }

    @Test
    void aRunningCommandsStagingFolderIsLeftAloneAndAGoneOnesRemoved() throws Exception {
        try (Services services = Services.open(data)) {
            services.sampleTrip().ensureLoaded();
        }
        Process running = new ProcessBuilder("sleep", "60").start();
        try {
            Path theirs = Files.createDirectories(data.resolve(".staging-" + running.pid() + "-abc"));
            Path gone = Files.createDirectories(data.resolve(".staging-999999999-abc"));
            try (Services services = Services.open(data)) {
                assertThat(services.trips().findAll()).hasSize(1);
            }
            assertThat(theirs).as("a running command's copy").exists();
            assertThat(gone).as("left by a process that is gone").doesNotExist();
        } finally {
            running.destroy();
        }
    }

    private static void writeSecretNotes(Services services) {
        Event event = SampleEvents.event(services, "Lunch with the ENSTA team", "ENSTA");
        MeetingRecord record = services.meetings().open(event.id()).record();
        services.meetings().saveText(record, new MeetingService.Text("", "Notes: " + SECRET));
    }

    private static Attachment attach(Services services, Path file) throws IOException {
        Event event = SampleEvents.event(services, "Lunch with the ENSTA team", "ENSTA");
        long meetingId = services.meetings().open(event.id()).record().id();
        return services.meetings().attach(meetingId, file);
    }

    /** The files under {@code folder} in which {@code text} can be read as it was written. */
    private static List<Path> filesHolding(Path folder, String text) throws IOException {
        byte[] needle = text.getBytes(StandardCharsets.UTF_8);
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).filter(file -> {
                try {
                    return indexOf(Files.readAllBytes(file), needle) >= 0;
                } catch (IOException e) {
                    return false;
                }
            }).toList();
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private Path extracted(Path backup) {
        return BackupArchive.extract(backup, temp.resolve("extracted-" + System.nanoTime()));
    }
}
