package org.visitplanner.logic.backup;

import java.nio.file.Path;
import java.util.List;

/**
 * Backups of the whole data file: made online while the data is open, checked, pruned, and restored.
 *
 * <p>Every method reads or writes files and the database: call it off the JavaFX thread. Failures arrive as
 * {@link org.visitplanner.logic.DataProblem}s.
 */
public interface BackupService {

    /** The folder of the backups ({@code backups/} in the data folder). */
    Path folder();

    /**
     * Makes a backup in the backups folder and checks it (it opens, and every table has the rows the data had).
     * After an automatic backup has been checked, older automatic backups are pruned: the last
     * {@value BackupRetention#KEEP_LAST} are kept, and the newest of each of the last
     * {@value BackupRetention#KEEP_DAYS} days.
     */
    Backup backUp(BackupKind kind);

    /** Makes a checked backup at {@code target}, a file the user chose (replaced if it exists). */
    Backup backUpTo(Path target);

    /** The backups in the backups folder, newest first (files that are not backups are left out). */
    List<Backup> list();

    /** What the backup file {@code file} says about itself; a problem when it is not a Visit Planner backup. */
    Backup describe(Path file);

    /** Whether restoring {@code backup} needs a password other than the one of the data now open. */
    boolean needsPassword(Backup backup);

    /**
     * Replaces the data with the copy in {@code file}, after checking the copy. The data it replaces is first saved
     * as a backup of kind {@link BackupKind#BEFORE_RESTORE}, which is returned.
     *
     * @param password the backup's password when {@link #needsPassword} says so, else {@code null}
     */
    Backup restore(Path file, char[] password);

    /** How many changes were written since the data was opened (automatic backups follow edits). */
    long changeCount();
}
