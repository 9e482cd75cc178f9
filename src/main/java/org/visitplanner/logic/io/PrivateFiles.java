package org.visitplanner.logic.io;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Folders and files readable by their owner only from the moment they exist (0700 and 0600 where the system has
 * POSIX permissions): the data folder holds private notes, and a file created with the usual 0644 and tightened
 * afterwards can be read by another user in between.
 */
public final class PrivateFiles {

    public static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    public static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private PrivateFiles() {
    }

    /** Creates {@code folder} and its missing parents owner-only; returns it. */
    public static Path createFolders(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            if (isPosix()) {
                Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(FOLDER));
            } else {
                Files.createDirectories(folder);
            }
        }
        return folder;
    }

    /** Creates an empty, owner-only file with a new name in {@code folder}. */
    public static Path createTempFile(Path folder, String prefix) throws IOException {
        return isPosix() ? Files.createTempFile(folder, prefix, ".tmp", PosixFilePermissions.asFileAttribute(FILE))
                : Files.createTempFile(folder, prefix, ".tmp");
    }

    /** Creates an owner-only folder with a new name in the system's temporary folder. */
    public static Path createTempFolder(String prefix) throws IOException {
        return isPosix() ? Files.createTempDirectory(prefix, PosixFilePermissions.asFileAttribute(FOLDER))
                : Files.createTempDirectory(prefix);
    }

    /** Makes an existing file or folder owner-only (nothing happens where the system has no POSIX permissions). */
    public static void restrict(Path path) throws IOException {
        if (isPosix()) {
            Files.setPosixFilePermissions(path, Files.isDirectory(path) ? FOLDER : FILE);
        }
    }

    public static boolean isPosix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
