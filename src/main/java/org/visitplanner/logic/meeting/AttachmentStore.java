package org.visitplanner.logic.meeting;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.visitplanner.logic.io.PrivateFiles;
import org.visitplanner.logic.security.FileCipher;

/**
 * The copies of attached files, in {@code attachments/meeting-<id>/} inside the data directory (so that a backup of
 * the data directory carries them). Copies are written to a temporary file first and only then given their name, so a
 * failed copy leaves nothing half-written behind. When the data is protected by a password, the copies are
 * encrypted ({@link FileCipher}); opening one decrypts it into a private temporary folder for the program that shows
 * it.
 */
public final class AttachmentStore {

    public static final String FOLDER = "attachments";

    /** Larger files are refused with a clear message rather than filling the disk of a laptop on the road. */
    public static final long MAX_SIZE = 1L << 30;

    /** A file copied in: where it is (relative to the data directory), its size and its SHA-256. */
    public record Stored(String fileName, String storedPath, long sizeBytes, String sha256) {
    }

    /** The file is larger than {@link #MAX_SIZE}. */
    public static final class TooLarge extends IOException {
        public TooLarge(String name) {
            super(name);
        }
    }

    private final Path dataDirectory;
    private final Path root;
    private final Supplier<FileCipher> cipher;
    private Path opened;

    /** Copies kept as they are (data without a password). */
    public AttachmentStore(Path dataDirectory) {
        this(dataDirectory, () -> null);
    }

    /** Copies encrypted with the cipher {@code cipher} gives at the time (none: kept as they are). */
    public AttachmentStore(Path dataDirectory, Supplier<FileCipher> cipher) {
        this.dataDirectory = dataDirectory.toAbsolutePath().normalize();
        this.root = this.dataDirectory.resolve(FOLDER);
        this.cipher = cipher;
    }

    /** Copies {@code source} in for a meeting, under its sanitised name (numbered when the name is taken). */
    public Stored copyIn(long meetingId, Path source) throws IOException {
        if (!Files.isRegularFile(source)) {
            throw new NoSuchFileException(source.toString());
        }
        String name = AttachmentNames.sanitise(source.getFileName() == null ? "" : source.getFileName().toString());
        if (Files.size(source) > MAX_SIZE) {
            throw new TooLarge(name);
        }
        Path folder = PrivateFiles.createFolders(root.resolve("meeting-" + meetingId));
        Path temporary = PrivateFiles.createTempFile(folder, ".incoming-");
        try {
            MessageDigest digest = sha256();
            long size;
            FileCipher encryption = cipher.get();
            try (InputStream in = new DigestInputStream(Files.newInputStream(source), digest);
                 OutputStream out = Files.newOutputStream(temporary)) {
                size = encryption == null ? copyLimited(in, out, name)
                        : encryption.encrypt(new LimitedInput(in, name), out);
            }
            for (int n = 1; n <= 10_000; n++) {
                Path target = folder.resolve(AttachmentNames.numbered(name, n));
                try {
                    Files.move(temporary, target); // without REPLACE_EXISTING: fails when the name is taken
                    return new Stored(target.getFileName().toString(), relative(target), size,
                            HexFormat.of().formatHex(digest.digest()));
                } catch (FileAlreadyExistsException taken) {
                    // try the next number
                }
            }
            throw new FileAlreadyExistsException(folder.resolve(name).toString());
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** The copy on disk for a stored path; refuses paths that point outside the attachments folder. */
    public Path resolve(String storedPath) {
        Path file = dataDirectory.resolve(storedPath).normalize();
        if (!file.startsWith(root)) {
            throw new IllegalArgumentException("not an attachment path: " + storedPath);
        }
        return file;
    }

    /**
     * A file the system's program can open for a stored path: the copy itself, or, when it is encrypted, a decrypted
     * copy in a private temporary folder (removed when Visit Planner closes).
     */
    public Path openable(String storedPath) throws IOException {
        Path file = resolve(storedPath);
        if (!Files.isRegularFile(file) || !FileCipher.isEncrypted(file)) {
            return file;
        }
        FileCipher decryption = cipher.get();
        if (decryption == null) {
            throw new IOException(file + " is encrypted and the data has no password");
        }
        Path copy = openedFolder().resolve(file.getParent().getFileName().toString()).resolve(file.getFileName()
                .toString());
        PrivateFiles.createFolders(copy.getParent());
        Path temporary = PrivateFiles.createTempFile(copy.getParent(), ".opening-");
        try {
            try (OutputStream out = Files.newOutputStream(temporary)) {
                decryption.decrypt(file, out);
            }
            Files.move(temporary, copy, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
        copy.toFile().deleteOnExit();
        return copy;
    }

    private synchronized Path openedFolder() throws IOException {
        if (opened == null) {
            opened = PrivateFiles.createTempFolder("visit-planner-opened-");
            opened.toFile().deleteOnExit();
        }
        return opened;
    }

    /**
     * Brings every copy to the state {@code to} asks for: encrypted with it, or plain when it is {@code null}.
     * Copies encrypted with {@code from} are decrypted first. Each copy is replaced in one step, so a conversion
     * cut short leaves every copy whole, some converted and some not; running it again finishes it. Returns how
     * many copies were converted.
     */
    public int convert(FileCipher from, FileCipher to) throws IOException {
        if (!Files.isDirectory(root)) {
            return 0;
        }
        List<Path> files;
        try (Stream<Path> all = Files.walk(root, 2)) {
            files = all.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().startsWith(".")).toList();
        }
        int converted = 0;
        for (Path file : files) {
            boolean encrypted = FileCipher.isEncrypted(file);
            if (encrypted == (to != null) && (to == null || from == null)) {
                continue; // already as wanted (an encrypted copy is re-encrypted only when the key changes)
            }
            if (encrypted && from == null) {
                throw new IOException(file + " is encrypted with a key that was not given");
            }
            Path temporary = PrivateFiles.createTempFile(file.getParent(), ".converting-");
            try {
                try (OutputStream out = Files.newOutputStream(temporary)) {
                    rewrite(file, encrypted, from, to, out);
                }
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                converted++;
            } finally {
                Files.deleteIfExists(temporary);
            }
        }
        return converted;
    }

    /** Writes the content of {@code file} to {@code out} as {@code to} asks (see {@link #convert}). */
    private static void rewrite(Path file, boolean encrypted, FileCipher from, FileCipher to, OutputStream out)
            throws IOException {
        if (!encrypted) {
            try (InputStream in = Files.newInputStream(file)) {
                to.encrypt(in, out);
            }
        } else if (to == null) {
            from.decrypt(file, out);
        } else {
            Path clear = PrivateFiles.createTempFile(file.getParent(), ".converting-");
            try {
                try (OutputStream plain = Files.newOutputStream(clear)) {
                    from.decrypt(file, plain);
                }
                try (InputStream in = Files.newInputStream(clear)) {
                    to.encrypt(in, out);
                }
            } finally {
                Files.deleteIfExists(clear);
            }
        }
    }

    /** Deletes a copy (nothing happens when it is already gone). */
    public void delete(String storedPath) throws IOException {
        Path file = resolve(storedPath);
        Files.deleteIfExists(file);
        Path folder = file.getParent();
        try (var left = Files.list(folder)) {
            if (left.findAny().isEmpty()) {
                Files.deleteIfExists(folder);
            }
        } catch (IOException ignored) {
            // an empty folder left behind does no harm
        }
    }

    private String relative(Path file) {
        return dataDirectory.relativize(file).toString().replace('\\', '/');
    }

    /** Stops reading past {@link #MAX_SIZE}, as {@link #copyLimited} does for a plain copy. */
    private static final class LimitedInput extends FilterInputStream {
        private final String name;
        private long total;

        LimitedInput(InputStream in, String name) {
            super(in);
            this.name = name;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            if (read > 0 && (total += read) > MAX_SIZE) {
                throw new TooLarge(name);
            }
            return read;
        }
    }

    private static long copyLimited(InputStream in, OutputStream out, String name) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        for (int read; (read = in.read(buffer)) >= 0; ) {
            total += read;
            if (total > MAX_SIZE) {
                throw new TooLarge(name);
            }
            out.write(buffer, 0, read);
        }
        return total;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
