package org.visitplanner.logic.backup;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Backups of the whole data file: made online while the data is open, checked, pruned, and restored (the data a
 * restore replaces is saved as a backup of kind {@link BackupKind#BEFORE_RESTORE}).
 *
 * <p>Every method reads or writes files and the database: call it off the JavaFX thread. Failures arrive as
 * {@link org.visitplanner.logic.DataProblem}s.
 */
public interface BackupService extends Restorer {

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

    /**
     * The backup in the backups folder that holds the data exactly as it is now, if one is known: made since the
     * data was opened with no change since, or made before a close after which the file was not touched. The
     * start's automatic backup is then not made again.
     */
    Optional<Backup> sameAsData();

    /** How many changes were written since the data was opened (automatic backups follow edits). */
    long changeCount();
}
