package org.visitplanner.db;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import java.util.Properties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Carries across a close and the next open the knowledge that the data file is still what a backup in the backups
 * folder holds, so that the start's automatic backup is skipped when nothing changed (a ten-year archive's 300 MB file
 * was backed up whole at every start). The stamp names the backup and the data file's size and last-modified time,
 * written after a close that followed no write since that backup. It is taken away when the data is opened: a crash,
 * another program or a restore that writes the file meanwhile can only cause one backup too many, never one too few.
 */
final class BackupStamp {

    private static final Logger LOG = LoggerFactory.getLogger(BackupStamp.class);
    static final String FILE_NAME = "unchanged-since.properties";

    private BackupStamp() {
    }

    /**
     * The backup the data file in {@code dataDirectory} is still identical to, if a stamp says so and the file's
     * size and last-modified time are those the stamp recorded. The stamp is deleted either way.
     */
    static Optional<Path> take(Path dataDirectory) {
        Path folder = dataDirectory.resolve(BackupArchive.FOLDER); // not created when missing: no stamp then
        Path stamp = folder.resolve(FILE_NAME);
        if (!Files.isRegularFile(stamp)) {
            return Optional.empty();
        }
        try {
            Properties recorded = new Properties();
            try (InputStream in = Files.newInputStream(stamp)) {
                recorded.load(in);
            }
            Files.delete(stamp);
            String backup = recorded.getProperty("backup");
            Path data = DatabaseFiles.file(dataDirectory);
            if (backup == null || !Files.isRegularFile(data)
                    || !fingerprint(data).equals(recorded.getProperty("data"))) {
                return Optional.empty();
            }
            Path file = folder.resolve(backup);
            // Only a backup's own name is written: anything else (a path elsewhere) is not trusted.
            return folder.equals(file.getParent()) && Files.isRegularFile(file)
                    ? Optional.of(file) : Optional.empty();
        } catch (IOException | IllegalArgumentException unreadable) {
            LOG.info("The backup stamp could not be read; the start backs up as usual", unreadable);
            try {
                Files.deleteIfExists(stamp);
            } catch (IOException ignored) {
                // Then it does not match the next time either: the data file will have changed.
            }
            return Optional.empty();
        }
    }

    /** Records that the closed data file in {@code dataDirectory} is what {@code backup} holds. */
    static void write(Path dataDirectory, Path backup) {
        Path stamp = BackupArchive.folder(dataDirectory).resolve(FILE_NAME);
        try {
            Properties recorded = new Properties();
            recorded.setProperty("backup", backup.getFileName().toString());
            recorded.setProperty("data", fingerprint(DatabaseFiles.file(dataDirectory)));
            try (OutputStream out = Files.newOutputStream(stamp, StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
                recorded.store(out, "Visit Planner: the data file is what this backup holds");
            }
            DataDirectory.restrict(stamp);
        } catch (IOException | RuntimeException failure) {
            // Without it the next start makes one backup more, as it always did.
            LOG.info("The backup stamp could not be written", failure);
        }
    }

    private static String fingerprint(Path data) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(data, BasicFileAttributes.class);
        return attributes.size() + "@" + attributes.lastModifiedTime();
    }
}
