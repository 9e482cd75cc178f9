package org.visitplanner.logic.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts and decrypts whole files of any size as streams, for the files kept beside an encrypted database (the
 * copies of attached files): AES-256 in counter mode, then an HMAC-SHA256 over the header and the ciphertext
 * (encrypt-then-MAC), checked before a single byte is decrypted. A file is {@code VPENC01\n}, a 16-byte random
 * nonce, the ciphertext, and the 32-byte tag. Both keys come from one 256-bit data key.
 */
public final class FileCipher {

    private static final byte[] MAGIC = "VPENC01\n".getBytes(StandardCharsets.US_ASCII);
    private static final int NONCE_BYTES = 16;
    private static final int TAG_BYTES = 32;
    private static final int BUFFER = 64 * 1024;

    private final SecretKeySpec encryption;
    private final SecretKeySpec authentication;

    /** A cipher for the 32-byte {@code dataKey}. */
    public FileCipher(byte[] dataKey) {
        if (dataKey.length != 32) {
            throw new IllegalArgumentException("a data key has 32 bytes");
        }
        this.encryption = new SecretKeySpec(derive(dataKey, "encryption"), "AES");
        this.authentication = new SecretKeySpec(derive(dataKey, "authentication"), "HmacSHA256");
    }

    /** A new random data key. */
    public static byte[] newDataKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }

    /** Whether {@code file} starts as a file this class encrypted. */
    public static boolean isEncrypted(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(MAGIC.length), MAGIC);
        }
    }

    /** Writes {@code in}, encrypted, to {@code out}; returns the number of plain bytes. */
    public long encrypt(InputStream in, OutputStream out) throws IOException {
        byte[] nonce = new byte[NONCE_BYTES];
        new SecureRandom().nextBytes(nonce);
        Cipher cipher = cipher(Cipher.ENCRYPT_MODE, nonce);
        Mac mac = mac();
        out.write(MAGIC);
        out.write(nonce);
        mac.update(MAGIC);
        mac.update(nonce);
        byte[] buffer = new byte[BUFFER];
        long total = 0;
        for (int read; (read = in.read(buffer)) >= 0; ) {
            byte[] encrypted = cipher.update(buffer, 0, read);
            if (encrypted != null) {
                mac.update(encrypted);
                out.write(encrypted);
            }
            total += read;
        }
        out.write(mac.doFinal());
        return total;
    }

    /**
     * Writes the plain content of the encrypted {@code file} to {@code out}, after checking that the file is whole
     * and was made with this key; otherwise an {@link IOException} is thrown and nothing is written.
     */
    public void decrypt(Path file, OutputStream out) throws IOException {
        long size = Files.size(file);
        long cipherBytes = size - MAGIC.length - NONCE_BYTES - TAG_BYTES;
        if (cipherBytes < 0 || !isEncrypted(file)) {
            throw new IOException(file + " is not an encrypted file");
        }
        byte[] nonce;
        try (InputStream in = Files.newInputStream(file)) {
            in.skipNBytes(MAGIC.length);
            nonce = in.readNBytes(NONCE_BYTES);
            Mac mac = mac();
            mac.update(MAGIC);
            mac.update(nonce);
            copy(in, cipherBytes, mac::update);
            if (!MessageDigest.isEqual(mac.doFinal(), in.readNBytes(TAG_BYTES))) {
                throw new IOException(file + " was changed, or encrypted with another key");
            }
        }
        Cipher cipher = cipher(Cipher.DECRYPT_MODE, nonce);
        try (InputStream in = Files.newInputStream(file)) {
            in.skipNBytes(MAGIC.length + NONCE_BYTES);
            copy(in, cipherBytes, (bytes, offset, length) -> {
                byte[] plain = cipher.update(bytes, offset, length);
                if (plain != null) {
                    out.write(plain);
                }
            });
        }
    }

    @FunctionalInterface
    private interface Chunks {
        void accept(byte[] bytes, int offset, int length) throws IOException;
    }

    private static void copy(InputStream in, long length, Chunks chunks) throws IOException {
        byte[] buffer = new byte[BUFFER];
        for (long left = length; left > 0; ) {
            int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (read < 0) {
                throw new IOException("the encrypted file is cut short");
            }
            chunks.accept(buffer, 0, read);
            left -= read;
        }
    }

    private Cipher cipher(int mode, byte[] nonce) {
        try {
            Cipher cipher = Cipher.getInstance("AES/CTR/NoPadding");
            cipher.init(mode, encryption, new IvParameterSpec(nonce));
            return cipher;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES/CTR is part of every Java 17 runtime", e);
        }
    }

    private Mac mac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(authentication);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java 17 runtime", e);
        }
    }

    private static byte[] derive(byte[] key, String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(("visit-planner file " + purpose).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java 17 runtime", e);
        }
    }
}
