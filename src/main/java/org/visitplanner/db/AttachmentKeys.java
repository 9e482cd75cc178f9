package org.visitplanner.db;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.visitplanner.logic.io.AtomicFiles;
import org.visitplanner.logic.io.PrivateFiles;
import org.visitplanner.logic.meeting.AttachmentStore;
import org.visitplanner.logic.security.FileCipher;

/**
 * The key that encrypts the copies of attached files of password-protected data: a random data key, kept in
 * {@code attachments/.key} wrapped (AES-GCM) with a key derived from the database's file key. Changing the password
 * re-wraps this small file instead of re-encrypting every attachment: the new wrapping is written to
 * {@code .key.new} before the database changes key and takes the place of {@code .key} after, and
 * {@link #cipher(Path, FileKey)} picks whichever one the current password opens, so a change cut short by a crash
 * loses no attachment.
 */
final class AttachmentKeys {

    static final String KEY_FILE = ".key";
    static final String NEXT_KEY_FILE = ".key.new";
    private static final int IV_BYTES = 12;

    private AttachmentKeys() {
    }

    /**
     * The cipher of the attachments of data encrypted with {@code key} (a new data key when there is none yet), or
     * {@code null} for data without a password.
     */
    static FileCipher cipher(Path dataDirectory, FileKey key) {
        if (key == null) {
            return null;
        }
        Path folder = dataDirectory.resolve(AttachmentStore.FOLDER);
        try {
            byte[] dataKey = unwrap(folder.resolve(KEY_FILE), key);
            byte[] next = unwrap(folder.resolve(NEXT_KEY_FILE), key);
            if (dataKey == null && next != null) {
                // A change of password reached the database but not this file: finish it.
                DatabaseFiles.moveIntoPlace(folder.resolve(NEXT_KEY_FILE), folder.resolve(KEY_FILE));
                dataKey = next;
            } else {
                Files.deleteIfExists(folder.resolve(NEXT_KEY_FILE));
            }
            if (dataKey == null) {
                dataKey = FileCipher.newDataKey();
                write(folder.resolve(KEY_FILE), dataKey, key);
            }
            return new FileCipher(dataKey);
        } catch (IOException e) {
            throw DatabaseFiles.fileProblem(e, folder);
        }
    }

    /** Wraps the current data key with {@code next} into {@code .key.new}, ready for a change of password. */
    static void prepareChange(Path dataDirectory, FileKey current, FileKey next) {
        Path folder = dataDirectory.resolve(AttachmentStore.FOLDER);
        try {
            byte[] dataKey = current == null ? null : unwrap(folder.resolve(KEY_FILE), current);
            write(folder.resolve(NEXT_KEY_FILE), dataKey != null ? dataKey : FileCipher.newDataKey(), next);
        } catch (IOException e) {
            throw DatabaseFiles.fileProblem(e, folder);
        }
    }

    /** Removes the wrapped keys (the data no longer has a password and its attachments are plain). */
    static void forget(Path dataDirectory) {
        Path folder = dataDirectory.resolve(AttachmentStore.FOLDER);
        try {
            Files.deleteIfExists(folder.resolve(KEY_FILE));
            Files.deleteIfExists(folder.resolve(NEXT_KEY_FILE));
        } catch (IOException e) {
            throw DatabaseFiles.fileProblem(e, folder);
        }
    }

    /** The data key in {@code file} if {@code key} unwraps it; {@code null} when the file is missing or is not. */
    private static byte[] unwrap(Path file, FileKey key) throws IOException {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        byte[] wrapped = Files.readAllBytes(file);
        if (wrapped.length <= IV_BYTES) {
            return null;
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, wrappingKey(key),
                    new GCMParameterSpec(128, Arrays.copyOf(wrapped, IV_BYTES)));
            return cipher.doFinal(wrapped, IV_BYTES, wrapped.length - IV_BYTES);
        } catch (GeneralSecurityException otherKey) {
            return null;
        }
    }

    private static void write(Path file, byte[] dataKey, FileKey key) throws IOException {
        byte[] iv = new byte[IV_BYTES];
        new SecureRandom().nextBytes(iv);
        byte[] wrapped;
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, wrappingKey(key), new GCMParameterSpec(128, iv));
            wrapped = cipher.doFinal(dataKey);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES/GCM is part of every Java 17 runtime", e);
        }
        PrivateFiles.createFolders(file.getParent());
        AtomicFiles.write(file, out -> {
            out.write(iv);
            out.write(wrapped);
        });
        PrivateFiles.restrict(file);
    }

    private static SecretKeySpec wrappingKey(FileKey key) {
        return new SecretKeySpec(key.mac().doFinal("visit-planner attachment key".getBytes(StandardCharsets.UTF_8)),
                "AES");
    }
}
