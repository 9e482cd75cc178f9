package org.visitplanner.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.visitplanner.logic.DataProblem;
import org.visitplanner.logic.backup.Backup;
import org.visitplanner.logic.backup.BackupKind;
import org.visitplanner.logic.backup.BackupService;
import org.visitplanner.logic.io.OutputTarget;

/**
 * Backups of a team database, made on this computer: the rows are copied from one consistent state of the server
 * into a new H2 file in a staging folder ({@link DatabaseCopy}, checked value for value), and that file is backed up
 * exactly as a data folder's is — so a team's backup is the same kind of file, restores into H2 with the same checks,
 * and can be read anywhere. They go into {@code backups/} of the team's local folder. Restoring over a team database
 * is not done here: a backup is restored into a data folder, from which {@code copy-to} fills an empty team database.
 */
public final class TeamBackups implements BackupService {

    private final Database team;
    private final Path localFolder;
    private final Clock clock;

    /** {@code localFolder}: this computer's folder for the team database (its backups go into its {@code backups/}). */
    public TeamBackups(Database team, Path localFolder, Clock clock) {
        this.team = team;
        this.localFolder = localFolder;
        this.clock = clock;
    }

    @Override
    public Path folder() {
        return BackupArchive.folder(localFolder);
    }

    @Override
    public Backup backUp(BackupKind kind) {
        try {
            Files.createDirectories(folder());
            DataDirectory.restrict(folder());
        } catch (IOException e) {
            throw DatabaseFiles.fileProblem(e, folder());
        }
        return fromSnapshot(backups -> backups.backUpInto(folder(), kind));
    }

    @Override
    public Backup backUpTo(Path target) {
        Path absolute = target.toAbsolutePath();
        if (!Files.isDirectory(absolute)) {
            OutputTarget.check(absolute);
        }
        return fromSnapshot(backups -> backups.backUpTo(absolute));
    }

    /** Copies the team database into a new H2 file in a staging folder, backs that up, and removes the folder. */
    private Backup fromSnapshot(Function<DatabaseBackups, Backup> backUp) {
        Path staging = DatabaseFiles.newStaging(localFolder);
        try (Database snapshot = Database.open(staging)) {
            DatabaseCopy.copy(team, snapshot);
            return backUp.apply(new DatabaseBackups(snapshot, clock));
        } finally {
            DatabaseFiles.deleteTree(staging);
        }
    }

    @Override
    public Optional<Backup> sameAsData() {
        return Optional.empty(); // a snapshot of the server is made only when asked for
    }

    @Override
    public long changeCount() {
        return team.changeCount();
    }

    @Override
    public List<Backup> list() {
        return DatabaseBackups.list(localFolder);
    }

    @Override
    public Backup describe(Path file) {
        return BackupArchive.describe(file);
    }

    @Override
    public boolean needsPassword(Backup backup) {
        return backup.encrypted();
    }

    @Override
    public Path restore(Path file, char[] password) {
        throw new DataProblem(DataProblem.Kind.OTHER, team.location(),
                new DataProblem.Reason("team.error.restoreIntoTeam", team.location()), null);
    }
}
