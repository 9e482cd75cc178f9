package org.visitplanner.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.visitplanner.app.Services;
import org.visitplanner.logic.DataProblem;
import org.visitplanner.logic.backup.Backup;
import org.visitplanner.logic.backup.BackupKind;
import org.visitplanner.logic.security.EncryptionService;

class DatabaseEncryptionTest {

    private static final char[] PASSWORD = "quai d’Orsay 2025".toCharArray();
    private static final char[] OTHER = "一二三四五六七八".toCharArray();

    @TempDir
    Path temp;

    @Test
    void aPasswordEncryptsTheDataAndItsBackupsWithTheSameContent() throws IOException {
        Path data = temp.resolve("data");
        String before;
        try (Services services = Services.open(data)) {
            services.sampleTrip().ensureLoaded();
            Backup plainBackup = services.backups().backUp(BackupKind.MANUAL);
            before = DatabaseDump.text(services.database());

            EncryptionService.PasswordChange change = services.encryption().changePassword(null, PASSWORD);

            assertThat(services.encryption().isEncrypted()).isTrue();
            assertThat(DatabaseDump.text(services.database())).isEqualTo(before);
            // The plain backup made before, and the one made just before the change, are encrypted now.
            assertThat(change.backupsConverted()).isEqualTo(2);
            assertThat(change.backupsLeft()).isZero();
            assertThat(services.backups().describe(plainBackup.file()).encrypted()).isTrue();
            assertThat(services.backups().backUp(BackupKind.MANUAL).encrypted()).isTrue();
        }
        Path file = data.resolve("visit-planner.mv.db");
        assertThat(FileKey.isEncrypted(file)).isTrue();
        assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)).doesNotContain("SJTU");
        for (Backup backup : DatabaseBackups.list(data)) {
            try (ZipFile zip = new ZipFile(backup.file().toFile())) {
                byte[] copy = zip.getInputStream(zip.getEntry("visit-planner.mv.db")).readAllBytes();
                assertThat(new String(copy, StandardCharsets.ISO_8859_1)).startsWith("H2encrypt")
                        .doesNotContain("SJTU");
            }
        }

        assertThatThrownBy(() -> Services.open(data, null)).isInstanceOfSatisfying(DataProblem.class,
                problem -> assertThat(problem.kind()).isEqualTo(DataProblem.Kind.WRONG_PASSWORD));
        assertThatThrownBy(() -> Services.open(data, "wrong password".toCharArray()))
                .isInstanceOfSatisfying(DataProblem.class,
                        problem -> assertThat(problem.kind()).isEqualTo(DataProblem.Kind.WRONG_PASSWORD));
        try (Services services = Services.open(data, PASSWORD)) {
            assertThat(DatabaseDump.text(services.database())).isEqualTo(before);
        }
    }

    @Test
    void thePasswordCanBeChangedAndRemoved() {
        Path data = temp.resolve("data");
        String before;
        try (Services services = Services.open(data)) {
            services.sampleTrip().ensureLoaded();
            before = DatabaseDump.text(services.database());
            services.encryption().changePassword(null, PASSWORD);

            assertThatThrownBy(() -> services.encryption().changePassword("not it".toCharArray(), OTHER))
                    .isInstanceOfSatisfying(DataProblem.class,
                            problem -> assertThat(problem.kind()).isEqualTo(DataProblem.Kind.WRONG_PASSWORD));
            services.encryption().changePassword(PASSWORD, OTHER);
            assertThat(services.encryption().isCurrentPassword(OTHER)).isTrue();
        }
        try (Services services = Services.open(data, OTHER)) {
            assertThat(DatabaseDump.text(services.database())).isEqualTo(before);
            assertThat(services.backups().list()).allMatch(Backup::encrypted);
            services.encryption().changePassword(OTHER, null);
            assertThat(services.encryption().isEncrypted()).isFalse();
            assertThat(services.backups().list()).noneMatch(Backup::encrypted);
        }
        try (Services services = Services.open(data)) {
            assertThat(DatabaseDump.text(services.database())).isEqualTo(before);
        }
    }

    @Test
    void aBackupMadeUnderAnotherPasswordNeedsThatPasswordAndTheDataKeepsItsOwn() {
        Path data = temp.resolve("data");
        try (Services services = Services.open(data)) {
            services.sampleTrip().ensureLoaded();
            services.encryption().changePassword(null, PASSWORD);
            Path outside = services.backups().backUpTo(temp.resolve("kept-elsewhere.zip")).file();
            services.encryption().changePassword(PASSWORD, OTHER);
            services.database().dsl().execute("DELETE FROM event");

            Backup backup = services.backups().describe(outside);
            assertThat(services.backups().needsPassword(backup)).isTrue();
            assertThatThrownBy(() -> services.backups().restore(outside, null))
                    .isInstanceOfSatisfying(DataProblem.class, problem -> {
                        assertThat(problem.kind()).isEqualTo(DataProblem.Kind.WRONG_PASSWORD);
                        assertThat(problem.userMessage()).contains("does not open the backup");
                    });
            assertThat(services.database().dsl().fetchCount(org.jooq.impl.DSL.table("event"))).isZero();

            services.backups().restore(outside, PASSWORD);

            assertThat(services.database().dsl().fetchCount(org.jooq.impl.DSL.table("event"))).isEqualTo(18);
            // The restored data keeps the data's password: its attachments and backups stay readable with it.
            assertThat(services.encryption().isCurrentPassword(OTHER)).isTrue();
        }
        try (Services services = Services.open(data, OTHER)) {
            assertThat(services.trips().findAll()).hasSize(1);
        }
    }

    @Test
    void theSamePasswordTypedWithDifferentlyComposedAccentsOpensTheData() {
        char[] composed = "Montréal-2025".toCharArray();
        char[] decomposed = "Montre\u0301al-2025".toCharArray();
        assertThat(FileKey.derive(composed).matches(FileKey.derive(decomposed))).isTrue();
        assertThat(FileKey.derive(composed).matches(FileKey.derive("Montreal-2025".toCharArray()))).isFalse();
        assertThat(FileKey.derive(composed).toString()).doesNotContain("Montr");
    }
}
