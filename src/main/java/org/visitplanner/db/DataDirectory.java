package org.visitplanner.db;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import org.visitplanner.logic.DataProblem;

/**
 * Where the user's data lives: {@code --data-dir}, else {@code $VISIT_PLANNER_DATA}, else the platform's place for
 * application data (Linux {@code $XDG_DATA_HOME/visit-planner} or {@code ~/.local/share/visit-planner}, Windows
 * {@code %APPDATA%\VisitPlanner}, macOS {@code ~/Library/Application Support/VisitPlanner}).
 */
public final class DataDirectory {

    public static final String ENVIRONMENT_VARIABLE = "VISIT_PLANNER_DATA";

    private DataDirectory() {
    }

    /** The data directory for this run, from the command-line option (may be null) and the environment. */
    public static Path resolve(String option, Map<String, String> environment) {
        if (option != null && !option.isBlank()) {
            return Path.of(option).toAbsolutePath().normalize();
        }
        String fromEnvironment = environment.get(ENVIRONMENT_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return Path.of(fromEnvironment).toAbsolutePath().normalize();
        }
        return platformDefault(System.getProperty("os.name", ""), System.getProperty("user.home"), environment);
    }

    static Path platformDefault(String osName, String home, Map<String, String> environment) {
        String os = osName.toLowerCase(java.util.Locale.ROOT);
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
     * that it can be written.
     */
    public static Path prepare(Path directory) {
        try {
            if (!Files.isDirectory(directory)) {
                if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                    Files.createDirectories(directory,
                            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
                } else {
                    Files.createDirectories(directory);
                }
            }
        } catch (IOException e) {
            throw new DataProblem(DataProblems.isDiskFull(e) ? DataProblem.Kind.DISK_FULL : DataProblem.Kind.READ_ONLY,
                    directory.toString(), e);
        }
        if (!Files.isWritable(directory)) {
            throw new DataProblem(DataProblem.Kind.READ_ONLY, directory.toString(), null);
        }
        return directory;
    }
}
