package org.visitplanner.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.visitplanner.logic.DataProblem;
import org.visitplanner.logic.backup.Backup;
import org.visitplanner.logic.backup.BackupKind;
import org.visitplanner.logic.backup.BackupRetention;
import org.visitplanner.logic.backup.BackupService;
import org.visitplanner.logic.backup.Restorer;
import org.visitplanner.logic.io.AtomicFiles;
import org.visitplanner.logic.io.OutputTarget;

/**
 * Backups of the open database: H2's online {@code BACKUP TO} (a consistent copy taken while the data stays open),
 * stored with what the data contained, then checked by opening the copy and comparing every table. See
 * docs/decisions/0014-durability-backups-and-failures.md.
 */
public final class DatabaseBackups implements BackupService {

    private final Database database;
    private final Clock clock;

    public DatabaseBackups(Database database, Clock clock) {
        if (database.dataDirectory() == null) {
            throw new IllegalArgumentException("an in-memory database has no backups");
        }
        this.database = database;
        this.clock = clock;
    }

    @Override
    public Path folder() {
        return BackupArchive.folder(database.dataDirectory());
    }

    @Override
    public Backup backUp(BackupKind kind) {
        Instant now = clock.instant();
        long changesBefore = database.changeCount();
        Backup backup = create(BackupArchive.newName(folder(), kind, now), kind, now);
        database.backedUp(backup.file(), changesBefore);
        if (kind == BackupKind.AUTO) {
            // Only now that the new backup has been checked may older ones go.
            prune(now);
        }
        return backup;
    }

    /** A backup of kind {@code kind} in {@code folder} (a team database's snapshot is backed up into its folder). */
    Backup backUpInto(Path folder, BackupKind kind) {
        Instant now = clock.instant();
        return create(BackupArchive.newName(folder, kind, now), kind, now);
    }

    @Override
    public Backup backUpTo(Path target) {
        Path absolute = target.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            absolute = BackupArchive.newName(absolute, BackupKind.MANUAL, clock.instant());
        }
        return create(OutputTarget.check(absolute), BackupKind.MANUAL, clock.instant());
    }

    @Override
    public List<Backup> list() {
        return list(database.dataDirectory());
    }

    /** The backups in the backups folder of {@code dataDirectory}, newest first (also when no data is open). */
    public static List<Backup> list(Path dataDirectory) {
        Path folder = dataDirectory.resolve(BackupArchive.FOLDER);
        List<Backup> backups = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return backups;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".zip")).toList()) {
                try {
                    backups.add(BackupArchive.describe(file));
                } catch (DataProblem notABackup) {
                    // Someone else's file in the folder, or a damaged one: not offered for restoring.
                }
            }
        } catch (IOException e) {
            throw DatabaseFiles.fileProblem(e, folder);
        }
        backups.sort(Comparator.comparing(Backup::created).reversed());
        return backups;
    }

    @Override
    public Backup describe(Path file) {
        return BackupArchive.describe(file);
    }

    @Override
    public boolean needsPassword(Backup backup) {
        return backup.encrypted() && !BackupArchive.opensWith(backup.file(), database.key());
    }

    @Override
    public Path restore(Path file, char[] password) {
        FileKey backupKey = password == null ? database.key() : FileKey.derive(password);
        Path staging = DatabaseFiles.newStaging(database.dataDirectory());
        try {
            Prepared prepared = keptUnder(prepare(file, backupKey, staging), database.key());
            Backup[] saved = new Backup[1];
            database.reopenAfter((directory, currentKey) -> {
                saved[0] = BackupArchive.saveColdCopy(DatabaseFiles.file(directory), directory, currentKey,
                        BackupKind.BEFORE_RESTORE);
                DatabaseFiles.install(directory, prepared.file());
                return prepared.key();
            });
            return saved[0].file();
        } finally {
            DatabaseFiles.deleteTree(staging);
        }
    }

    /**
     * Restores into {@code dataDirectory} while its data cannot be opened (damaged data at start): the same checks,
     * over the closed file (see {@link #restoreClosed}). Backups that are encrypted ask for their password.
     */
    public static Restorer closed(Path dataDirectory) {
        return new Restorer() {
            @Override
            public List<Backup> list() {
                return DatabaseBackups.list(dataDirectory);
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
                Restored restored = restoreClosed(dataDirectory, file, password == null ? null
                        : FileKey.derive(password));
                return restored.savedData() != null ? restored.savedData().file() : restored.setAside();
            }
        };
    }

    /** What a restore replaces the data with, and what a restore of closed data returns. */
    public record Restored(Backup savedData, Path setAside) {
    }

    /**
     * Restores {@code file} into {@code dataDirectory} while no database is open there (the {@code restore} command,
     * or damaged data at start). The data it replaces is saved as a backup first; a damaged file is moved aside
     * into {@code damaged/} instead. Either way nothing is deleted.
     *
     * @param key the key of the backup (and of the current data, for reading what it holds), or {@code null}
     */
    public static Restored restoreClosed(Path dataDirectory, Path file, FileKey key) {
        DataDirectory.prepare(dataDirectory);
        Path current = DatabaseFiles.file(dataDirectory);
        FileKey currentKey = null;
        if (FileKey.isEncrypted(current)) {
            // The data now in place is protected: its password is needed (to keep a readable copy of it, and to
            // protect the restored data with it, so that a restore never leaves the data in clear).
            if (key == null) {
                throw new DataProblem(DataProblem.Kind.WRONG_PASSWORD, current.toString(),
                        new DataProblem.Reason("backup.error.dataPassword", current.toString()), null);
            }
            if (!isDamaged(current, key)) {
                DatabaseFiles.probe(current, key); // WRONG_PASSWORD when the password is not the data's
            }
            currentKey = key;
        }
        Path staging = DatabaseFiles.newStaging(dataDirectory);
        try {
            Prepared prepared = keptUnder(prepare(file, key, staging), currentKey);
            Backup saved = null;
            Path aside = null;
            if (Files.exists(current)) {
                if (isDamaged(current, key)) {
                    aside = DatabaseFiles.setAside(dataDirectory);
                } else {
                    saved = BackupArchive.saveColdCopy(current, dataDirectory, key, BackupKind.BEFORE_RESTORE);
                }
            }
            DatabaseFiles.install(dataDirectory, prepared.file());
            DataDirectory.secure(dataDirectory);
            return new Restored(saved, aside);
        } finally {
            DatabaseFiles.deleteTree(staging);
        }
    }

    /** A checked copy of a backup's database, ready to be put in place, with the key that opens it. */
    private record Prepared(Path file, FileKey key) {
    }

    /**
     * The prepared copy encrypted with {@code dataKey}, the key of the data it replaces, when that data is protected:
     * a restore keeps the data's password (a backup in clear, or made under another password, is converted), so
     * that neither the data nor its attachments are ever left readable without it.
     */
    private static Prepared keptUnder(Prepared prepared, FileKey dataKey) {
        if (dataKey == null || dataKey.matches(prepared.key())) {
            return prepared;
        }
        String content = BackupArchive.inspectDigest(prepared.file(), prepared.key());
        DatabaseEncryption.rekey(prepared.file(), prepared.key(), dataKey, content);
        return new Prepared(prepared.file(), dataKey);
    }

    /**
     * Copies the database out of the backup {@code file} into {@code staging} and checks it: it opens with the key
     * (or the backup is WRONG_PASSWORD), it is not from a newer Visit Planner, and every table holds the rows the
     * backup recorded. Nothing outside the staging folder is touched.
     */
    private static Prepared prepare(Path file, FileKey key, Path staging) {
        Path absolute = file.toAbsolutePath();
        BackupArchive.describe(absolute);
        BackupArchive.Content claimed = BackupArchive.claims(absolute);
        Path extracted = BackupArchive.extract(absolute, staging);
        boolean encrypted = FileKey.isEncrypted(extracted);
        if (encrypted && (key == null
                || claimed.keyCheck() != null && !claimed.keyCheck().equals(BackupArchive.keyCheck(key)))) {
            throw wrongPassword(absolute, null);
        }
        FileKey effective = encrypted ? key : null;
        try {
            // Below SQL first: nothing in the file may run, and every index must agree with its table.
            FileSchema.verify(extracted, effective, true);
            DatabaseFiles.Schema schema = DatabaseFiles.probe(extracted, effective);
            if (schema.newer()) {
                throw new DataProblem(DataProblem.Kind.NEWER_SCHEMA, absolute.toString(), null);
            }
            if (schema.current() == null) {
                throw new DataProblem(DataProblem.Kind.CORRUPT, absolute.toString(),
                        new DataProblem.Reason("backup.error.notABackup", absolute.toString()), null);
            }
            check(absolute, claimed, BackupArchive.inspect(extracted, effective));
        } catch (DataProblem problem) {
            // Said of the backup the user chose, not of the temporary copy (which is gone by now).
            throw switch (problem.kind()) {
                case WRONG_PASSWORD -> wrongPassword(absolute, problem);
                case CORRUPT, OTHER -> problem.location().equals(absolute.toString()) ? problem
                        : new DataProblem(DataProblem.Kind.CORRUPT, absolute.toString(), problem.reason()
                                .filter(reason -> reason.key().equals("schema.error.foreign")
                                        || reason.key().equals("schema.error.changed"))
                                .map(reason -> new DataProblem.Reason(reason.key(), absolute.toString(),
                                        reason.args()[1]))
                                .orElse(new DataProblem.Reason("backup.error.damaged", absolute.toString())),
                                problem);
                case NEWER_SCHEMA -> new DataProblem(DataProblem.Kind.NEWER_SCHEMA, absolute.toString(), problem);
                default -> problem;
            };
        }
        return new Prepared(extracted, effective);
    }

    private static DataProblem wrongPassword(Path backup, Throwable cause) {
        return new DataProblem(DataProblem.Kind.WRONG_PASSWORD, backup.toString(),
                new DataProblem.Reason("backup.error.password", backup.toString()), cause);
    }

    /** The copy must hold exactly what the backup recorded when it was made. */
    private static void check(Path backup, BackupArchive.Content claimed, BackupArchive.Content found) {
        boolean countsDiffer = !claimed.rowCounts().isEmpty() && !claimed.rowCounts().equals(found.rowCounts());
        boolean digestDiffers = claimed.digest() != null && !claimed.digest().equals(found.digest());
        if (countsDiffer || digestDiffers) {
            throw new DataProblem(DataProblem.Kind.CORRUPT, backup.toString(),
                    new DataProblem.Reason("backup.error.damaged", backup.toString()), null);
        }
    }

    private static boolean isDamaged(Path current, FileKey key) {
        FileKey effective = FileKey.isEncrypted(current) ? key : null;
        try {
            DatabaseFiles.probe(current, effective);
            return false;
        } catch (DataProblem problem) {
            if (problem.kind() == DataProblem.Kind.LOCKED) {
                throw problem;
            }
            return problem.kind() == DataProblem.Kind.CORRUPT;
        }
    }

    /**
     * Makes the backup, checks it, and only then gives it its name at {@code target}: a backup that is killed
     * half-way, or fails its check, leaves nothing that looks like a backup. The data itself is checked too (every
     * index against its table): a backup of damaged data is refused rather than kept as if it were good (and so
     * never pushes a good automatic backup out of the rotation).
     */
    private Backup create(Path target, BackupKind kind, Instant now) {
        Path staging = DatabaseFiles.newStaging(database.dataDirectory());
        try {
            Path zip = staging.resolve("online.zip");
            FileKey key = database.key();
            // BACKUP TO copies one consistent state of the data while it stays open; what the backup records is
            // read from that copy (read from the live data instead, an edit made meanwhile on the data thread
            // would make a good backup look damaged).
            database.withConnection(connection -> {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("BACKUP TO '" + zip.toAbsolutePath().toString().replace("'", "''") + "'");
                }
                return null;
            });
            Path copy = BackupArchive.extract(zip, staging.resolve("copy"));
            BackupArchive.Content content;
            try {
                FileSchema.verify(copy, key, true);
                content = BackupArchive.inspect(copy, key);
            } catch (DataProblem damaged) {
                String data = DatabaseFiles.file(database.dataDirectory()).toString();
                throw new DataProblem(DataProblem.Kind.CORRUPT, data,
                        new DataProblem.Reason("backup.error.dataDamaged", data), damaged);
            }
            Path pending = staging.resolve("pending.zip");
            BackupArchive.write(pending, copy, kind, now, content, key != null);
            check(target, content, BackupArchive.inspect(BackupArchive.extract(pending, staging.resolve("check")),
                    key));
            DataDirectory.restrict(pending);
            putInPlace(pending, target);
            return BackupArchive.describe(target);
        } catch (IOException e) {
            throw DatabaseFiles.fileProblem(e, target);
        } finally {
            DatabaseFiles.deleteTree(staging);
        }
    }

    /** Moves a checked backup to its name: in one step on the same disk, else copied whole, then renamed. */
    private static void putInPlace(Path checked, Path target) throws IOException {
        if (Files.getFileStore(checked).equals(Files.getFileStore(target.getParent()))) {
            DatabaseFiles.moveIntoPlace(checked, target);
        } else {
            AtomicFiles.write(target, out -> Files.copy(checked, out));
        }
    }

    private void prune(Instant now) {
        for (Backup old : BackupRetention.toPrune(list(), now, clock.getZone())) {
            try {
                Files.deleteIfExists(old.file());
            } catch (IOException e) {
                // Tried again after the next automatic backup.
            }
        }
    }

    @Override
    public Optional<Backup> sameAsData() {
        return database.sameAsBackup().flatMap(file -> {
            try {
                return Optional.of(BackupArchive.describe(file));
            } catch (DataProblem gone) {
                return Optional.empty(); // deleted or damaged since: a new backup is made
            }
        });
    }

    @Override
    public long changeCount() {
        return database.changeCount();
    }
}
