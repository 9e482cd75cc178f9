package org.visitplanner.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.visitplanner.logic.DataProblem;

/**
 * Where the user's data lives: {@code --data-dir}, else {@code $VISIT_PLANNER_DATA}, else the platform's place for
 * application data (Linux {@code $XDG_DATA_HOME/visit-planner} or {@code ~/.local/share/visit-planner}, Windows
 * {@code %APPDATA%\VisitPlanner}, macOS {@code ~/Library/Application Support/VisitPlanner}).
 */
public final class DataDirectory {

    public static final String ENVIRONMENT_VARIABLE = "VISIT_PLANNER_DATA";

    private static final Set<PosixFilePermission> OWNER_ONLY_FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");
    /** The data folder, its backups and attachments folders, and one level below them. */
    private static final int SECURED_DEPTH = 3;

    private DataDirectory() {
    }

    /** The data directory for this run, from the command-line option (may be null) and the environment. */
    public static Path resolve(String option, Map<String, String> environment) {
        if (option != null && !option.isBlank()) {
            return real(Path.of(option));
        }
        String fromEnvironment = environment.get(ENVIRONMENT_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return real(Path.of(fromEnvironment));
        }
        return real(platformDefault(System.getProperty("os.name", ""), System.getProperty("user.home"),
                environment));
    }

    /**
     * The folder itself when it exists, symbolic links resolved: its permissions are checked and tightened on the
     * folder that holds the data, not on a link to it.
     */
    private static Path real(Path folder) {
        Path absolute = folder.toAbsolutePath().normalize();
        try {
            return Files.exists(absolute) ? absolute.toRealPath() : absolute;
        } catch (IOException e) {
            return absolute;
        }
    }

    static Path platformDefault(String osName, String home, Map<String, String> environment) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = environment.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : Path.of(home, "AppData", "Roaming");
            return base.resolve("VisitPlanner");
        }
        if (os.startsWith("mac")) {
            return Path.of(home, "Library", "Application Support", "VisitPlanner");
        }
        String xdg = environment.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".local", "share");
        return base.resolve("visit-planner");
    }

    /**
     * Creates the directory when it does not exist (owner-only on POSIX systems: it holds private notes) and checks
     * that it can be written by writing a file in it ({@code Files.isWritable} says yes to root on a read-only
     * folder).
     */
    public static Path prepare(Path directory) {
        // Refused before anything is created: H2 would read what follows a ';' in the path as settings.
        DatabaseFiles.url(DatabaseFiles.file(directory), null, false);
        try {
            createPrivateFolder(directory);
            checkPrivate(directory);
            Path probe = Files.createTempFile(directory, ".write-test-", ".tmp");
            Files.delete(probe);
        } catch (IOException | UnsupportedOperationException e) {
            throw new DataProblem(DataProblems.isDiskFull(e, directory) ? DataProblem.Kind.DISK_FULL
                    : DataProblem.Kind.READ_ONLY, directory.toString(), e);
        }
        return directory;
    }

    /**
     * Refuses a data folder that belongs to another user, or that other users may write to (they could replace the
     * database or plant a file in it): private notes are kept only in a folder of the user's own.
     */
    private static void checkPrivate(Path directory) throws IOException {
        if (!isPosix()) {
            return;
        }
        UserPrincipal owner = Files.getOwner(directory);
        UserPrincipal me = directory.getFileSystem().getUserPrincipalLookupService()
                .lookupPrincipalByName(System.getProperty("user.name"));
        if (!owner.equals(me)) {
            throw new DataProblem(DataProblem.Kind.READ_ONLY, directory.toString(),
                    new DataProblem.Reason("problem.foreignFolder", directory.toString(), owner.getName()), null);
        }
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(directory);
        if (permissions.contains(PosixFilePermission.GROUP_WRITE)
                || permissions.contains(PosixFilePermission.OTHERS_WRITE)) {
            throw new DataProblem(DataProblem.Kind.READ_ONLY, directory.toString(),
                    new DataProblem.Reason("problem.sharedFolder", directory.toString()), null);
        }
    }

    /** Throws {@link DataProblem.Kind#READ_ONLY} unless {@code file} can be opened for writing (it is not changed). */
    static void checkWritable(Path file) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.size();
        } catch (IOException e) {
            throw new DataProblem(DataProblems.isDiskFull(e, file) ? DataProblem.Kind.DISK_FULL
                    : DataProblem.Kind.READ_ONLY, file.toString(), e);
        }
    }

    /**
     * Makes every folder under {@code directory} owner-only and every file owner-read-write (database, backups,
     * settings, attachments), whoever created them. Does nothing where the system has no POSIX permissions; a file
     * that cannot be changed is left as it is (the folder itself is already owner-only).
     */
    public static void secure(Path directory) {
        if (!isPosix() || !Files.isDirectory(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory, SECURED_DEPTH)) {
            paths.forEach(path -> {
                try {
                    if (Files.isSymbolicLink(path)) {
                        return;
                    }
                    Set<PosixFilePermission> wanted = Files.isDirectory(path) ? OWNER_ONLY_FOLDER : OWNER_ONLY_FILE;
                    if (!Files.getPosixFilePermissions(path).equals(wanted)) {
                        Files.setPosixFilePermissions(path, wanted);
                    }
                } catch (IOException | SecurityException e) {
                    // Not ours to change (another owner, an immutable file): the owner-only folder still guards it.
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // A folder that cannot be listed: nothing more to tighten.
        }
    }

    /** Creates {@code file} empty and owner-only (before anything private is written into it). */
    static void createPrivateFile(Path file) throws IOException {
        if (isPosix()) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE));
        } else {
            Files.createFile(file);
        }
    }

    /** Creates {@code folder} (and its parents) owner-only when it does not exist. */
    static Path createPrivateFolder(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            if (isPosix()) {
                Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(OWNER_ONLY_FOLDER));
            } else {
                Files.createDirectories(folder);
            }
        }
        return folder;
    }

    /** Makes one file owner-read-write, where the system has POSIX permissions. */
    static void restrict(Path file) throws IOException {
        if (isPosix()) {
            Files.setPosixFilePermissions(file, OWNER_ONLY_FILE);
        }
    }

    static boolean isPosix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
