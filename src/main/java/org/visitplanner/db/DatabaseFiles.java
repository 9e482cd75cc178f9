package org.visitplanner.db;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationVersion;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;
import org.visitplanner.logic.DataProblem;
import org.visitplanner.logic.backup.BackupKind;
import org.visitplanner.logic.search.SearchService;

/**
 * The database file on disk, while it is closed: creating it, checking it, bringing its schema up to date, and
 * replacing it. Every change goes through a copy in a staging folder beside it, moved over the original in one
 * atomic step once it is complete, so that a crash or a full disk leaves the old file or the new one, never half of
 * either.
 */
final class DatabaseFiles {

    static {
        H2Lockdown.apply();
        LibraryLogs.quiet();
    }

    /**
     * The connection settings. {@code WRITE_DELAY=0}: H2 writes each commit before the commit returns;
     * {@code TRACE_LEVEL_FILE=0}: no {@code .trace.db} file, which would keep SQL and values in clear beside an
     * encrypted file; see docs/decisions/0014-durability-backups-and-failures.md.
     */
    static final String SETTINGS = ";DB_CLOSE_ON_EXIT=FALSE;AUTO_SERVER=FALSE;WRITE_DELAY=0;TRACE_LEVEL_FILE=0";

    private static final String STAGING_PREFIX = ".staging-";
    private static final String DAMAGED_FOLDER = "damaged";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss");

    /** What a read-only look at a file found. */
    record Schema(MigrationVersion current, boolean pending, boolean newer) {
    }

    private DatabaseFiles() {
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw fileProblem(e, file);
        }
    }

    static Path file(Path directory) {
        return directory.resolve(Database.FILE_NAME);
    }

    /**
     * The JDBC URL of the database file {@code file} ({@code …/visit-planner.mv.db}). H2 reads every {@code ;} of a
     * URL as the start of a setting (one of which, {@code INIT}, runs SQL), and has no way to quote one inside a
     * file name: a path holding one is refused.
     */
    static String url(Path file, FileKey key, boolean readOnly) {
        String name = file.toAbsolutePath().toString();
        if (name.indexOf(';') >= 0) {
            String folder = String.valueOf(file.toAbsolutePath().getParent());
            throw new DataProblem(DataProblem.Kind.OTHER, folder,
                    new DataProblem.Reason("problem.semicolonInPath", folder), null);
        }
        String base = name.substring(0, name.length() - ".mv.db".length());
        return "jdbc:h2:file:" + base + SETTINGS + (key == null ? "" : ";CIPHER=AES")
                + (readOnly ? ";ACCESS_MODE_DATA=r" : "");
    }

    /**
     * A connection pool on the database file {@code file}. A file that exists is first checked below SQL
     * ({@link FileSchema}): H2's engine opens it only when its schema is exactly what the migrations create, so
     * that nothing stored in it (a trigger's or a function's Java source) can run.
     */
    static JdbcConnectionPool pool(Path file, FileKey key, boolean readOnly) {
        String url = url(file, key, readOnly);
        if (Files.exists(file)) {
            FileSchema.verify(file, key, false);
        }
        return JdbcConnectionPool.create(url, "sa", FileKey.connectionPassword(key));
    }

    /**
     * Gets the file in {@code directory} ready to be opened: creates it when there is none; refuses a file that is
     * read-only, encrypted without a key, from a newer version, damaged or open elsewhere; and brings an older
     * schema up to date. Returns the key in effect: {@code null} when the file is not encrypted.
     */
    static FileKey prepare(Path directory, FileKey key) {
        removeLeftoverStaging(directory);
        Path file = file(directory);
        if (!Files.exists(file) && !Files.isSymbolicLink(file)) {
            create(directory);
            return null;
        }
        if (!Files.isRegularFile(file)) {
            // A folder, a device, a pipe or a link to nowhere where the file should be: nothing to read or write.
            throw new DataProblem(DataProblem.Kind.CORRUPT, file.toString(), null);
        }
        DataDirectory.checkWritable(file);
        if (size(file) == 0) {
            // Nothing in it: not a database, and there may be backups to restore rather than to start afresh.
            throw new DataProblem(DataProblem.Kind.CORRUPT, file.toString(), null);
        }
        boolean encrypted = FileKey.isEncrypted(file);
        if (encrypted && key == null) {
            throw new DataProblem(DataProblem.Kind.WRONG_PASSWORD, file.toString(), null);
        }
        FileKey effective = encrypted ? key : null;
        recoverIfNotClosedCleanly(file, effective);
        if (FileSchema.verify(file, effective, false).equals(SchemaReference.newestVersion())) {
            // Exactly the schema this build makes (read below SQL, ADR 0016): nothing for Flyway to do, and Flyway
            // takes about a second to start (ADR 0019).
            return effective;
        }
        Schema schema = probe(file, effective);
        if (schema.newer()) {
            // Written by a newer Visit Planner: refuse to touch it rather than guess what its columns mean.
            throw new DataProblem(DataProblem.Kind.NEWER_SCHEMA, file.toString(), null);
        }
        if (schema.pending()) {
            upgrade(directory, effective);
        }
        return effective;
    }

    /**
     * Brings a file that was not closed cleanly (the app was killed, the laptop lost power) to its newest complete
     * state before H2 opens it.
     *
     * <p>After an unclean shutdown H2 2.5.252 finds the newest chunk of the file by following the chain of predicted
     * "next" positions from the chunk its header names. When a chunk is written somewhere else than predicted, H2
     * rewrites the header, but naming the chunk <em>before</em> it ({@code RandomAccessStore.writeChunk} uses
     * {@code lastChunk}, updated only afterwards): after a kill the chain stops there, and up to twenty later
     * commits, complete in the file, are ignored. The crash test found it. Opening the store in recovery mode scans
     * the whole file for the newest complete set of chunks; closing it writes a clean header naming that one. See
     * docs/decisions/0014-durability-backups-and-failures.md.
     */
    static void recoverIfNotClosedCleanly(Path file, FileKey key) {
        try {
            boolean clean;
            try (MVStore look = store(file, key).readOnly().open()) {
                Object flag = look.getStoreHeader().get("clean");
                clean = flag != null && !"0".equals(flag.toString());
            }
            if (!clean) {
                try (MVStore recovered = store(file, key).recoveryMode().open()) {
                    recovered.commit();
                }
            }
        } catch (MVStoreException e) {
            if (DataProblems.isOutOfMemory(e)) {
                throw DataProblems.outOfMemory(e, file.toString());
            }
            throw new DataProblem(switch (e.getErrorCode()) {
                case DataUtils.ERROR_FILE_LOCKED -> DataProblem.Kind.LOCKED;
                // A wrong key reads garbage where the header should be, as H2 itself says for an encrypted file.
                case DataUtils.ERROR_FILE_CORRUPT -> key != null ? DataProblem.Kind.WRONG_PASSWORD
                        : DataProblem.Kind.CORRUPT;
                case DataUtils.ERROR_WRITING_FAILED -> DataProblems.isDiskFull(e, file) ? DataProblem.Kind.DISK_FULL
                        : DataProblem.Kind.READ_ONLY;
                default -> DataProblems.isDiskFull(e, file) ? DataProblem.Kind.DISK_FULL : DataProblem.Kind.CORRUPT;
            }, file.toString(), e);
        }
    }

    private static MVStore.Builder store(Path file, FileKey key) {
        MVStore.Builder builder = new MVStore.Builder().fileName(file.toAbsolutePath().toString()).autoCommitDisabled();
        return key == null ? builder : builder.encryptionKey(key.filePassword());
    }

    /**
     * Opens {@code file} read-only to learn its schema version. Opening it for writing would already rewrite its
     * header, and a file from a newer Visit Planner (or one locked or damaged) must stay exactly as it was.
     */
    static Schema probe(Path file, FileKey key) {
        JdbcConnectionPool probe = pool(file, key, true);
        try {
            MigrationInfoService info = flyway(probe).info();
            MigrationInfo current = info.current();
            MigrationVersion newest = newestKnownVersion(info);
            MigrationVersion version = current == null || current.getVersion() == null ? null : current.getVersion();
            return new Schema(version, info.pending().length > 0, version != null && version.compareTo(newest) > 0);
        } catch (RuntimeException e) {
            throw unreadable(e, file);
        } finally {
            probe.dispose();
        }
    }

    /** Why a read-only look could not open {@code file}. */
    static DataProblem unreadable(Exception e, Path file) {
        DataProblem problem = DataProblems.classify(e, file.toString());
        if (problem.kind() == DataProblem.Kind.READ_ONLY || problem.kind() == DataProblem.Kind.OTHER) {
            // The file is there and writable (checked before); when even a read-only look cannot open it (H2
            // would have to write to make a database of it), it is not data H2 can read.
            return new DataProblem(DataProblem.Kind.CORRUPT, file.toString(), e);
        }
        return problem;
    }

    /** A pool on {@code file}, checked by opening one connection (which finds a lock, damage or a wrong key). */
    static JdbcConnectionPool connect(Path file, FileKey key) {
        JdbcConnectionPool pool = pool(file, key, false);
        try (Connection connection = pool.getConnection()) {
            connection.isValid(1);
            return pool;
        } catch (SQLException | RuntimeException e) {
            pool.dispose();
            throw DataProblems.classify(e, file.toString());
        }
    }

    /** Runs the migrations this build carries on an open pool, then forces them to disk. */
    static void migrate(JdbcConnectionPool pool, String location) {
        try {
            flyway(pool).migrate();
            try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("CHECKPOINT SYNC");
            }
        } catch (SQLException | RuntimeException e) {
            throw DataProblems.classify(e, location);
        }
    }

    static Flyway flyway(JdbcConnectionPool pool) {
        return Migrations.configure(pool, Migrations.Engine.H2).load();
    }

    /** The newest migration this build of the app carries. */
    static MigrationVersion newestKnownVersion(MigrationInfoService info) {
        return Optional.ofNullable(info.all())
                .stream().flatMap(Arrays::stream)
                .filter(migration -> migration.getScript() != null && migration.getVersion() != null
                        && !(migration.getState() != null && migration.getState().name().startsWith("FUTURE")))
                .map(MigrationInfo::getVersion)
                .max(Comparator.naturalOrder())
                .orElse(MigrationVersion.EMPTY);
    }

    /** Creates and migrates a new database in a staging folder, then puts it in place unless one appeared meanwhile. */
    private static void create(Path directory) {
        Path target = file(directory);
        Path staging = newStaging(directory);
        try {
            Path staged = file(staging);
            JdbcConnectionPool pool = connect(staged, null);
            try {
                migrate(pool, target.toString());
            } finally {
                pool.dispose();
            }
            DataDirectory.restrict(staged);
            force(staged);
            try {
                // A hard link never replaces: if another instance created the file meanwhile, keep theirs.
                Files.createLink(target, staged);
            } catch (FileAlreadyExistsException e) {
                return;
            } catch (UnsupportedOperationException | IOException e) {
                if (Files.exists(target)) {
                    return;
                }
                Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE);
            }
            forceFolder(directory);
        } catch (IOException e) {
            throw fileProblem(e, target);
        } finally {
            deleteTree(staging);
        }
    }

    /**
     * Brings the schema of an older file up to date on a copy, then replaces the file with it: a migration that
     * fails half-way (H2 commits each DDL statement) never touches the original. The original is kept in the
     * backups folder.
     */
    private static void upgrade(Path directory, FileKey key) {
        replace(directory, key, staged -> {
            BackupArchive.saveColdCopy(staged, directory, key, BackupKind.BEFORE_UPGRADE);
            JdbcConnectionPool pool = connect(staged, key);
            try {
                migrate(pool, file(directory).toString());
            } finally {
                pool.dispose();
            }
        });
    }

    /** Changes made to the staged copy of the database file. */
    @FunctionalInterface
    interface StagedWork {
        void run(Path stagedFile) throws IOException;
    }

    /**
     * Copies the closed database file into a staging folder, lets {@code work} change the copy, and moves the copy
     * over the original. The file's lock is held while the copy is made and changed, so that no other instance
     * opens the original meanwhile (it is let go just before the move, which Windows refuses on a locked file).
     */
    static void replace(Path directory, FileKey key, StagedWork work) {
        Path target = file(directory);
        Path staging = newStaging(directory);
        try {
            Path staged = file(staging);
            try (FileChannel channel = FileChannel.open(target, StandardOpenOption.READ, StandardOpenOption.WRITE);
                 FileLock lock = lock(channel, target)) {
                copyPrivately(target, staged);
                work.run(staged);
                DataDirectory.restrict(staged);
                force(staged);
            }
            moveIntoPlace(staged, target);
        } catch (IOException e) {
            throw fileProblem(e, target);
        } finally {
            deleteTree(staging);
        }
    }

    /**
     * Puts {@code replacement} (a complete, checked database file) in place of the database of {@code directory},
     * which must be closed and already saved by the caller (or set aside when damaged).
     */
    static void install(Path directory, Path replacement) {
        Path target = file(directory);
        try {
            DataDirectory.restrict(replacement);
            force(replacement);
            if (Files.exists(target)) {
                try (FileChannel channel = FileChannel.open(target, StandardOpenOption.READ, StandardOpenOption.WRITE);
                     FileLock lock = lock(channel, target)) {
                    channel.size(); // only to learn that no running instance holds the file
                }
            }
            moveIntoPlace(replacement, target);
            forgetCaches(directory);
        } catch (IOException e) {
            throw fileProblem(e, target);
        }
    }

    /**
     * Deletes what is built from the database and would describe the data that was replaced: the search index (it is
     * rebuilt from the new data on the next search) and the stamp saying which backup holds the data.
     */
    static void forgetCaches(Path directory) {
        deleteTree(directory.resolve(SearchService.FOLDER));
        deleteTree(directory.resolve(BackupArchive.FOLDER).resolve(BackupStamp.FILE_NAME));
    }

    /** Moves a damaged database file aside into {@code damaged/}, never deleting it; returns where it went. */
    static Path setAside(Path directory) {
        Path target = file(directory);
        try {
            Path folder = DataDirectory.createPrivateFolder(directory.resolve(DAMAGED_FOLDER));
            Path aside = folder.resolve(Database.FILE_BASE_NAME + "-" + STAMP.format(LocalDateTime.now()) + ".mv.db");
            for (int n = 2; Files.exists(aside); n++) {
                aside = folder.resolve(Database.FILE_BASE_NAME + "-" + STAMP.format(LocalDateTime.now()) + "-" + n
                        + ".mv.db");
            }
            Files.move(target, aside, StandardCopyOption.ATOMIC_MOVE);
            forceFolder(directory);
            forgetCaches(directory);
            return aside;
        } catch (IOException e) {
            throw fileProblem(e, target);
        }
    }

    /** Locks the database file as H2 does, so that a running instance (or this one, still open) is detected. */
    private static FileLock lock(FileChannel channel, Path file) throws IOException {
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw new DataProblem(DataProblem.Kind.LOCKED, file.toString(), null);
            }
            return lock;
        } catch (OverlappingFileLockException e) {
            throw new DataProblem(DataProblem.Kind.LOCKED, file.toString(), e);
        }
    }

    /**
     * A new staging folder, named after this process ({@code .staging-<pid>-<random>}), so that another Visit
     * Planner cleaning up leaves it alone while this one is running.
     */
    static Path newStaging(Path directory) {
        try {
            Path staging = directory.resolve(STAGING_PREFIX + ProcessHandle.current().pid() + "-"
                    + Long.toHexString(System.nanoTime()) + Integer.toHexString(new SecureRandom().nextInt()));
            return DataDirectory.createPrivateFolder(staging);
        } catch (IOException e) {
            throw fileProblem(e, directory);
        }
    }

    /**
     * Staging folders left by a crash hold only copies: the original was never touched before the last step. Only
     * those of processes that are gone are removed; a running command's are its own.
     */
    private static void removeLeftoverStaging(Path directory) {
        try (Stream<Path> entries = Files.list(directory)) {
            entries.filter(p -> p.getFileName().toString().startsWith(STAGING_PREFIX) && Files.isDirectory(p))
                    .filter(DatabaseFiles::isStale)
                    .forEach(DatabaseFiles::deleteTree);
        } catch (IOException e) {
            // Nothing to clean, or a folder we cannot list: opening will say what is wrong.
        }
    }

    /** Whether the process that made a staging folder is gone (a folder named otherwise is from an older build). */
    private static boolean isStale(Path staging) {
        String rest = staging.getFileName().toString().substring(STAGING_PREFIX.length());
        int dash = rest.indexOf('-');
        if (dash <= 0) {
            return true;
        }
        try {
            long pid = Long.parseLong(rest.substring(0, dash));
            return pid != ProcessHandle.current().pid() && ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
        } catch (NumberFormatException e) {
            return true;
        }
    }

    /** Copies a file into a new owner-only file and forces it to disk. */
    static void copyPrivately(Path from, Path to) throws IOException {
        DataDirectory.createPrivateFile(to);
        try (FileChannel in = FileChannel.open(from, StandardOpenOption.READ);
             FileChannel out = FileChannel.open(to, StandardOpenOption.WRITE)) {
            long size = in.size();
            for (long done = 0; done < size; ) {
                done += in.transferTo(done, size - done, out);
            }
            out.force(true);
        }
    }

    static void moveIntoPlace(Path source, Path target) throws IOException {
        try {
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
        forceFolder(target.getParent());
    }

    static void force(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    /** Makes a rename durable: the folder's entry is written too (where the system allows opening a folder). */
    static void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Windows cannot open a folder as a channel; there the rename is already durable.
        }
    }

    static void deleteTree(Path root) {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    // A leftover copy is removed at the next start.
                }
            });
        } catch (IOException e) {
            // Same: removed at the next start.
        }
    }

    static DataProblem fileProblem(IOException e, Path where) {
        DataProblem.Kind kind = DataProblems.kind(e, where);
        return new DataProblem(kind == DataProblem.Kind.OTHER || kind == DataProblem.Kind.CORRUPT
                ? DataProblem.Kind.OTHER : kind, where.toString(), e);
    }
}
