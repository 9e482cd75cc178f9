package org.visitplanner.db;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;

import org.h2.tools.ChangeFileEncryption;
import org.visitplanner.logic.DataProblem;
import org.visitplanner.logic.backup.Backup;
import org.visitplanner.logic.backup.BackupKind;
import org.visitplanner.logic.meeting.AttachmentStore;
import org.visitplanner.logic.security.EncryptionService;

/**
 * Sets, changes and removes the password of the database file with H2's {@link ChangeFileEncryption}, always on a
 * copy: the copy replaces the file only once it opens with the new key and holds the same content. See
 * docs/decisions/0015-encryption-at-rest.md.
 */
public final class DatabaseEncryption implements EncryptionService {

    private final Database database;
    private final DatabaseBackups backups;
    private final AttachmentStore attachments;

    public DatabaseEncryption(Database database, DatabaseBackups backups, AttachmentStore attachments) {
        this.database = database;
        this.backups = backups;
        this.attachments = attachments;
    }

    /**
     * Finishes a change of password that a crash cut short, so that nothing is left in clear beside protected data:
     * the copies of attached files and the backups in the backups folder are encrypted like the data. Data without
     * a password keeps no attachment key. Run when the data is opened.
     */
    public void finishInterruptedChange() {
        Path directory = database.dataDirectory();
        FileKey key = database.key();
        if (key == null) {
            AttachmentKeys.forget(directory);
            return;
        }
        try {
            attachments.convert(null, database.attachmentCipher());
        } catch (IOException e) {
            throw DatabaseFiles.fileProblem(e, directory.resolve(AttachmentStore.FOLDER));
        }
        for (Backup backup : backups.list()) {
            if (!backup.encrypted()) {
                convertBackup(backup, null, key);
            }
        }
    }

    @Override
    public boolean isEncrypted() {
        return database.isEncrypted();
    }

    @Override
    public boolean isCurrentPassword(char[] password) {
        FileKey key = database.key();
        return key != null && password != null && password.length > 0 && FileKey.derive(password).matches(key);
    }

    @Override
    public PasswordChange changePassword(char[] currentPassword, char[] newPassword) {
        FileKey oldKey = database.key();
        if (oldKey != null && !isCurrentPassword(currentPassword)) {
            throw new DataProblem(DataProblem.Kind.WRONG_PASSWORD, database.location(), null);
        }
        FileKey newKey = newPassword == null ? null : FileKey.derive(newPassword);
        if (oldKey == null && newKey == null) {
            return new PasswordChange(0, 0);
        }
        backups.backUp(BackupKind.BEFORE_PASSWORD_CHANGE);
        Path directory = database.dataDirectory();
        try {
            // The attachments go first when the password is removed (later, it would be unknown), and the key of
            // the attachments is ready under the new password before the data changes; see AttachmentKeys.
            if (newKey == null) {
                attachments.convert(database.attachmentCipher(), null);
            } else {
                AttachmentKeys.prepareChange(directory, oldKey, newKey);
            }
            String content = database.withConnection(connection -> DatabaseDump.digest(connection, null));
            database.reopenAfter((folder, key) -> {
                DatabaseFiles.replace(folder, key, staged -> rekey(staged, oldKey, newKey, content));
                return newKey;
            });
            if (newKey == null) {
                AttachmentKeys.forget(directory);
            } else if (oldKey == null) {
                attachments.convert(null, database.attachmentCipher());
            } else {
                database.attachmentCipher();
            }
        } catch (IOException e) {
            throw DatabaseFiles.fileProblem(e, directory.resolve(AttachmentStore.FOLDER));
        }
        // The index was built from text that was readable under the old password: it is built again.
        DatabaseFiles.forgetCaches(directory);
        int converted = 0;
        int left = 0;
        for (Backup backup : backups.list()) {
            if (convertBackup(backup, oldKey, newKey)) {
                converted++;
            } else if (backup.encrypted()) {
                left++;
            }
        }
        return new PasswordChange(converted, left);
    }

    /**
     * Re-encrypts the closed file {@code file} from {@code from} to {@code to} (either may be {@code null}: no
     * encryption), then checks that it opens with {@code to} and that its content has the digest {@code content}.
     */
    static void rekey(Path file, FileKey from, FileKey to, String content) {
        try {
            ChangeFileEncryption.execute(file.getParent().toString(), Database.FILE_BASE_NAME, "AES",
                    from == null ? null : from.filePassword(), to == null ? null : to.filePassword(), true);
        } catch (SQLException e) {
            throw DataProblems.classify(e, file.toString());
        }
        String found = BackupArchive.inspectDigest(file, to);
        if (!found.equals(content)) {
            throw new DataProblem(DataProblem.Kind.OTHER, file.toString(), null);
        }
    }

    /**
     * Converts one backup made under {@code from} to {@code to}, replacing its file once the converted copy checks
     * out; a backup made under another password, or unreadable, is left as it is. Returns whether it was converted.
     */
    private boolean convertBackup(Backup backup, FileKey from, FileKey to) {
        if (backup.encrypted() != (from != null) || from != null && !BackupArchive.opensWith(backup.file(), from)) {
            return false;
        }
        Path staging = DatabaseFiles.newStaging(database.dataDirectory());
        try {
            Path copy = BackupArchive.extract(backup.file(), staging);
            String content = BackupArchive.inspectDigest(copy, from);
            rekey(copy, from, to, content);
            BackupArchive.write(backup.file(), copy, backup.kind(), backup.created(), BackupArchive.inspect(copy, to),
                    to != null);
            return true;
        } catch (DataProblem | IOException unreadable) {
            return false;
        } finally {
            DatabaseFiles.deleteTree(staging);
        }
    }
}
