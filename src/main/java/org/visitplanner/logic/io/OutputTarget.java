package org.visitplanner.logic.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

import org.visitplanner.logic.DataProblem;

/**
 * A file the user asked Visit Planner to write (an export, a saved PDF, a copy of a backup), checked before anything
 * is written: its folder must exist (a mistyped folder is said so, never created), and it must not be inside a
 * Visit Planner data folder — a folder holding {@value #DATABASE_FILE}, reached directly, through a symbolic link
 * or through {@code ..} — so that no export can replace the database, its backups or its attachments.
 *
 * <p>Hard links need no check of their own: files are written beside the target and then renamed over it
 * ({@link AtomicFiles}), which replaces the name, never the content another name of the same file shows.
 */
public final class OutputTarget {

    /** The file that marks a data folder (the database's file name). */
    static final String DATABASE_FILE = "visit-planner.mv.db";

    private OutputTarget() {
    }

    /**
     * Returns where to write {@code requested} (its folder's real path with its name), or throws a
     * {@link DataProblem} whose sentence says why it cannot be written.
     */
    public static Path check(Path requested) {
        Path absolute = requested.toAbsolutePath();
        Path name = absolute.getFileName();
        Path folder = absolute.getParent();
        if (name == null || name.toString().isBlank() || folder == null) {
            throw refused("output.error.noName", absolute.toString());
        }
        if (!Files.isDirectory(folder)) {
            throw refused("output.error.noFolder", folder.toString());
        }
        Path realFolder;
        try {
            realFolder = folder.toRealPath();
        } catch (IOException e) {
            throw refused("output.error.noFolder", folder.toString());
        }
        Path target = realFolder.resolve(name.toString());
        for (Path ancestor = realFolder; ancestor != null; ancestor = ancestor.getParent()) {
            if (Files.isRegularFile(ancestor.resolve(DATABASE_FILE)) || target.getFileName().toString()
                    .equals(DATABASE_FILE)) {
                throw refused("output.error.insideData", absolute.toString(), ancestor.toString());
            }
        }
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)
                && (Files.isDirectory(target) || Files.exists(target) && !Files.isRegularFile(target))) {
            throw refused("output.error.notAFile", absolute.toString());
        }
        return target;
    }

    private static DataProblem refused(String key, Object... args) {
        return new DataProblem(DataProblem.Kind.OTHER, String.valueOf(args[0]), new DataProblem.Reason(key, args),
                null);
    }
}
