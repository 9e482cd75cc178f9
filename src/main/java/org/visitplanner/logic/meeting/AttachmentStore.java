package org.visitplanner.logic.meeting;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The copies of attached files, in {@code attachments/meeting-<id>/} inside the data directory (so that a backup of
 * the data directory carries them). Copies are written to a temporary file first and only then given their name, so a
 * failed copy leaves nothing half-written behind.
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

    public AttachmentStore(Path dataDirectory) {
        this.dataDirectory = dataDirectory.toAbsolutePath().normalize();
        this.root = this.dataDirectory.resolve(FOLDER);
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
        Path folder = Files.createDirectories(root.resolve("meeting-" + meetingId));
        Path temporary = Files.createTempFile(folder, ".incoming-", ".tmp");
        try {
            MessageDigest digest = sha256();
            long size;
            try (InputStream in = Files.newInputStream(source);
                 OutputStream out = new DigestOutputStream(Files.newOutputStream(temporary), digest)) {
                size = copyLimited(in, out, name);
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
