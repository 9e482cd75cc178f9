package org.visitplanner.logic.backup;

import java.nio.file.Path;
import java.util.List;

/**
 * Restores backups: over the open data ({@link BackupService}) or, when the data cannot be opened (damaged), over
 * the closed file. Call it off the JavaFX thread; failures arrive as {@link org.visitplanner.logic.DataProblem}s.
 */
public interface Restorer {

    /** The backups in the backups folder, newest first (files that are not backups are left out). */
    List<Backup> list();

    /** What the backup file {@code file} says about itself; a problem when it is not a Visit Planner backup. */
    Backup describe(Path file);

    /** Whether restoring {@code backup} needs its password to be typed (it is not the one of the data now open). */
    boolean needsPassword(Backup backup);

    /**
     * Replaces the data with the copy in {@code file}, after checking the copy (it opens, it is not from a newer
     * version, every table holds what the backup recorded). The data it replaces is kept first: saved as a backup,
     * or, when damaged, moved aside into {@code damaged/}. Returns where it was kept ({@code null} when there was
     * no data).
     *
     * @param password the backup's password when {@link #needsPassword} says so, else {@code null}
     */
    Path restore(Path file, char[] password);
}
