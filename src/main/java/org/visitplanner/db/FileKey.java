package org.visitplanner.db;

import java.io.IOException;
import java.io.InputStream;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The key that encrypts the database file, derived from the user's password.
 *
 * <p>H2 stretches a file password with only ten rounds of PBKDF2, so the password is first stretched here with
 * PBKDF2-HMAC-SHA256 ({@value #ITERATIONS} rounds) and H2 gets the result, in hexadecimal (which also lets the
 * password contain spaces, which H2 itself does not allow). See docs/decisions/0015-encryption-at-rest.md.
 */
public final class FileKey {

    /** Part of the file format: changing it would lock every user out of their data. */
    static final int ITERATIONS = 310_000;
    private static final byte[] SALT = "org.visitplanner/file-key/v1".getBytes(StandardCharsets.UTF_8);
    private static final byte[] ENCRYPTED_HEADER = "H2encrypt\n".getBytes(StandardCharsets.ISO_8859_1);

    private final byte[] key;

    private FileKey(byte[] key) {
        this.key = key;
    }

    /** Derives the key of {@code password} (Unicode-normalised, so "é" typed either way gives the same key). */
    public static FileKey derive(char[] password) {
        if (password == null || password.length == 0) {
            throw new IllegalArgumentException("an empty password");
        }
        char[] normalised = Normalizer.normalize(CharBuffer.wrap(password), Normalizer.Form.NFC)
                .toCharArray();
        PBEKeySpec spec = new PBEKeySpec(normalised, SALT, ITERATIONS, 256);
        try {
            return new FileKey(SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec)
                    .getEncoded());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every Java 17 runtime", e);
        } finally {
            spec.clearPassword();
            Arrays.fill(normalised, '\0');
        }
    }

    /** Whether the database file at {@code file} is encrypted (H2 starts such files with a plain header). */
    public static boolean isEncrypted(Path file) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(ENCRYPTED_HEADER.length), ENCRYPTED_HEADER);
        } catch (IOException e) {
            return false;
        }
    }

    /** Whether two keys are the same, in constant time. */
    public boolean matches(FileKey other) {
        return other != null && MessageDigest.isEqual(key, other.key);
    }

    /** H2's file password: the key in hexadecimal. */
    char[] filePassword() {
        return HexFormat.of().formatHex(key).toCharArray();
    }

    /** The password H2's connection takes: the file password, a space, then the (empty) user password. */
    static String connectionPassword(FileKey key) {
        return key == null ? "" : new String(key.filePassword()) + " ";
    }

    /** A keyed digest, so that a checksum stored beside encrypted data says nothing about its content. */
    Mac mac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java 17 runtime", e);
        }
    }

    @Override
    public String toString() {
        return "FileKey[hidden]";
    }
}
