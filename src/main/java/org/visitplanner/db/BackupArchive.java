package org.visitplanner.db;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.h2.jdbcx.JdbcConnectionPool;
import org.visitplanner.logic.DataProblem;
import org.visitplanner.logic.backup.Backup;
import org.visitplanner.logic.backup.BackupKind;
import org.visitplanner.logic.io.AtomicFiles;

/**
 * The backup file format: a ZIP holding {@code backup.properties} (when, why, schema version, whether encrypted,
 * rows per table and a digest of the content) and {@code visit-planner.mv.db}, a byte copy of the database file (so
 * the copy of an encrypted database is encrypted with the same key). A bare {@code .mv.db} file is read too.
 *
 * <p>Backup files may come from anywhere: reading one never trusts its sizes or names (see {@link #extract}).
 */
final class BackupArchive {

    static final String METADATA = "backup.properties";
    static final String FILE_DIGEST = "file.sha256";
    static final String FOLDER = "backups";
    /** Larger than any database of this app will be; a file claiming more is refused before anything is written. */
    static final long MAX_DATABASE_BYTES = 4L << 30;
    /**
     * A database file compresses about 4 to 1 (a new, nearly empty one up to 20 to 1): an entry that claims, or
     * turns out, to expand far more is a ZIP bomb, stopped before it fills the disk.
     */
    static final long MAX_EXPANSION = 100;
    /** Small entries may expand more (a few pages of zeros); this much is always allowed. */
    private static final long SMALL_ENTRY_BYTES = 16L << 20;
    private static final int MAX_METADATA_BYTES = 64 * 1024;
    private static final String FORMAT = "1";
    private static final byte[] H2_FILE_START = "H:2,".getBytes(StandardCharsets.ISO_8859_1);
    private static final DateTimeFormatter NAME_STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss");

    /** What a backup claims about the copy it holds, to be checked against the copy itself. */
    record Content(String schemaVersion, Map<String, Long> rowCounts, String digest, String keyCheck) {
    }

    /** The SHA-256 of a file's bytes, as {@code file.sha256} in {@code backup.properties} records it. */
    static String fileDigest(Path file) throws IOException {
        MessageDigest sha256 = sha256();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            for (int read; (read = in.read(buffer)) >= 0; ) {
                sha256.update(buffer, 0, read);
            }
        }
        return HexFormat.of().formatHex(sha256.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private BackupArchive() {
    }

    /** The backups folder of {@code dataDirectory}, created owner-only when missing. */
    static Path folder(Path dataDirectory) {
        try {
            return DataDirectory.createPrivateFolder(dataDirectory.resolve(FOLDER));
        } catch (IOException e) {
            throw DatabaseFiles.fileProblem(e, dataDirectory.resolve(FOLDER));
        }
    }

    /** A new file name in the backups folder: {@code visit-planner-2025-12-08-101530-auto.zip}. */
    static Path newName(Path folder, BackupKind kind, Instant when) {
        String stamp = NAME_STAMP.format(LocalDateTime.ofInstant(when, ZoneId.systemDefault()));
        Path file = folder.resolve(Database.FILE_BASE_NAME + "-" + stamp + "-" + kind.tag() + ".zip");
        for (int n = 2; Files.exists(file); n++) {
            file = folder.resolve(Database.FILE_BASE_NAME + "-" + stamp + "-" + kind.tag() + "-" + n + ".zip");
        }
        return file;
    }

    /** Writes a backup file holding {@code databaseFile} and what it contains. */
    static void write(Path target, Path databaseFile, BackupKind kind, Instant created, Content content,
                      boolean encrypted) throws IOException {
        Properties metadata = new Properties();
        metadata.setProperty("format", FORMAT);
        metadata.setProperty("created", created.toString());
        metadata.setProperty("kind", kind.tag());
        metadata.setProperty("encrypted", Boolean.toString(encrypted));
        if (content.schemaVersion() != null) {
            metadata.setProperty("schema.version", content.schemaVersion());
        }
        if (content.digest() != null) {
            metadata.setProperty("digest", content.digest());
        }
        if (content.keyCheck() != null) {
            metadata.setProperty("key.check", content.keyCheck());
        }
        content.rowCounts().forEach((table, rows) -> metadata.setProperty("rows." + table, Long.toString(rows)));
        // The bytes of the copy itself, so that a restore finds any bit changed on the way (a USB stick, a mail).
        metadata.setProperty(FILE_DIGEST, fileDigest(databaseFile));
        AtomicFiles.write(target, out -> {
            ZipOutputStream zip = new ZipOutputStream(out);
            zip.putNextEntry(new ZipEntry(METADATA));
            metadata.store(new OutputStreamWriter(zip, StandardCharsets.UTF_8) {
                @Override
                public void close() throws IOException {
                    flush(); // the ZIP stays open for the next entry
                }
            }, "Visit Planner backup");
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(Database.FILE_NAME));
            Files.copy(databaseFile, zip);
            zip.closeEntry();
            zip.finish();
        });
    }

    /** Reads what the backup file {@code file} says about itself; CORRUPT when it is not a backup. */
    static Backup describe(Path file) {
        Path absolute = file.toAbsolutePath();
        try {
            if (!Files.exists(absolute)) {
                throw new DataProblem(DataProblem.Kind.OTHER, absolute.toString(),
                        new DataProblem.Reason("backup.error.missing", absolute.toString()), null);
            }
            if (!Files.isRegularFile(absolute)) {
                throw notABackup(absolute, null);
            }
            long size = Files.size(absolute);
            if (isBareDatabase(absolute)) {
                return new Backup(absolute, Files.getLastModifiedTime(absolute).toInstant(), BackupKind.MANUAL, null,
                        FileKey.isEncrypted(absolute), Map.of(), size);
            }
            Properties metadata = metadata(absolute);
            return new Backup(absolute, Instant.parse(required(metadata, "created")),
                    BackupKind.fromTag(metadata.getProperty("kind", "")), metadata.getProperty("schema.version"),
                    Boolean.parseBoolean(metadata.getProperty("encrypted")), rowCounts(metadata), size);
        } catch (IOException | DateTimeParseException | IllegalArgumentException e) {
            throw new DataProblem(DataProblem.Kind.CORRUPT, absolute.toString(),
                    new DataProblem.Reason("backup.error.notABackup", absolute.toString()), e);
        }
    }

    /** What the backup claims about its copy (nothing for a bare database file). */
    static Content claims(Path file) {
        try {
            if (isBareDatabase(file)) {
                return new Content(null, Map.of(), null, null);
            }
            Properties metadata = metadata(file);
            return new Content(metadata.getProperty("schema.version"), rowCounts(metadata),
                    metadata.getProperty("digest"), metadata.getProperty("key.check"));
        } catch (IOException | IllegalArgumentException e) {
            throw new DataProblem(DataProblem.Kind.CORRUPT, file.toString(),
                    new DataProblem.Reason("backup.error.notABackup", file.toString()), e);
        }
    }

    /**
     * Copies the database held by {@code backupFile} into {@code into} (a new {@code visit-planner.mv.db}). Only the
     * entry with the exact expected name is read, so names like {@code ../../x} inside a hostile file are never
     * used; its size is checked while it is read (never more than it claims, {@link #MAX_DATABASE_BYTES}, or
     * {@link #MAX_EXPANSION} times its compressed size), and what was read must match the ZIP's CRC and the digest
     * of the file that {@code backup.properties} records: a single changed bit is found before the copy is used.
     */
    static Path extract(Path backupFile, Path into) {
        Path target = DatabaseFiles.file(into);
        try {
            DataDirectory.createPrivateFolder(into);
            if (isBareDatabase(backupFile)) {
                DatabaseFiles.copyPrivately(backupFile, target);
                return target;
            }
            try (ZipFile zip = new ZipFile(backupFile.toFile())) {
                // H2's own BACKUP TO archive has no metadata; a user's backup was described (and so checked) before.
                String recordedDigest = zip.getEntry(METADATA) == null ? null
                        : metadata(backupFile).getProperty(FILE_DIGEST);
                ZipEntry entry = zip.getEntry(Database.FILE_NAME);
                if (entry == null || entry.isDirectory()) {
                    throw notABackup(backupFile, null);
                }
                long limit = expansionLimit(entry);
                if (limit < 0) {
                    throw notABackup(backupFile, null);
                }
                DataDirectory.createPrivateFile(target);
                CRC32 crc = new CRC32();
                MessageDigest sha256 = sha256();
                long total = 0;
                try (InputStream in = zip.getInputStream(entry); OutputStream out = Files.newOutputStream(target)) {
                    byte[] buffer = new byte[64 * 1024];
                    for (int read; (read = in.read(buffer)) >= 0; ) {
                        total += read;
                        if (total > limit) {
                            throw notABackup(backupFile, null);
                        }
                        crc.update(buffer, 0, read);
                        sha256.update(buffer, 0, read);
                        out.write(buffer, 0, read);
                    }
                }
                boolean sizeDiffers = entry.getSize() >= 0 && entry.getSize() != total;
                boolean crcDiffers = entry.getCrc() >= 0 && entry.getCrc() != crc.getValue();
                boolean digestDiffers = recordedDigest != null
                        && !recordedDigest.trim().equalsIgnoreCase(HexFormat.of().formatHex(sha256.digest()));
                if (sizeDiffers || crcDiffers || digestDiffers) {
                    throw new DataProblem(DataProblem.Kind.CORRUPT, backupFile.toString(),
                            new DataProblem.Reason("backup.error.damaged", backupFile.toString()), null);
                }
            }
            DatabaseFiles.force(target);
            return target;
        } catch (ZipException | IllegalArgumentException e) {
            throw notABackup(backupFile, e);
        } catch (IOException e) {
            throw DatabaseFiles.fileProblem(e, into);
        }
    }

    /**
     * How many bytes the database entry may expand to; negative when what it claims is already beyond the limits
     * (a ZIP bomb announces itself in the ZIP's directory more often than not).
     */
    private static long expansionLimit(ZipEntry entry) {
        long compressed = entry.getCompressedSize();
        long limit = compressed < 0 || compressed > MAX_DATABASE_BYTES / MAX_EXPANSION ? MAX_DATABASE_BYTES
                : Math.max(SMALL_ENTRY_BYTES, compressed * MAX_EXPANSION);
        long claimed = entry.getSize();
        if (claimed > limit) {
            return -1;
        }
        return claimed >= 0 ? claimed : limit;
    }

    /**
     * Saves the closed database file {@code databaseFile} as a backup of {@code kind} in the backups folder of
     * {@code dataDirectory}, with its content when {@code key} opens it. Returns the backup.
     */
    static Backup saveColdCopy(Path databaseFile, Path dataDirectory, FileKey key, BackupKind kind) {
        Instant now = Instant.now();
        Path target = newName(folder(dataDirectory), kind, now);
        boolean encrypted = FileKey.isEncrypted(databaseFile);
        Content content;
        try {
            content = inspect(databaseFile, encrypted ? key : null);
        } catch (DataProblem unreadable) {
            // A copy that this key cannot read (another password) is still kept, just without its content.
            content = new Content(null, Map.of(), null, null);
        }
        try {
            write(target, databaseFile, kind, now, content, encrypted);
            return describe(target);
        } catch (IOException e) {
            throw DatabaseFiles.fileProblem(e, target);
        }
    }

    /** Opens a closed database file read-only and reads its schema version, rows per table and digest. */
    static Content inspect(Path databaseFile, FileKey key) {
        return readOnly(databaseFile, key, connection -> content(connection, key));
    }

    /**
     * The digest of a closed database file's content, the same whatever key encrypts it (to compare a file with
     * its re-encrypted copy).
     */
    static String inspectDigest(Path databaseFile, FileKey key) {
        return readOnly(databaseFile, key, connection -> DatabaseDump.digest(connection, null));
    }

    private static <T> T readOnly(Path databaseFile, FileKey key, Database.SqlWork<T> work) {
        JdbcConnectionPool pool = DatabaseFiles.pool(databaseFile, key, true);
        try (Connection connection = pool.getConnection()) {
            return work.run(connection);
        } catch (SQLException | RuntimeException e) {
            throw DataProblems.classify(e, databaseFile.toString());
        } finally {
            pool.dispose();
        }
    }

    /** The content of an open database, as a backup records it. */
    static Content content(Connection connection, FileKey key) throws SQLException {
        return new Content(schemaVersion(connection), DatabaseDump.rowCounts(connection),
                DatabaseDump.digest(connection, key), keyCheck(key));
    }

    /** Whether {@code key} opens the backup {@code file} (always, for a backup that is not encrypted). */
    static boolean opensWith(Path file, FileKey key) {
        Content claimed = claims(file);
        if (claimed.keyCheck() == null) {
            return !FileKey.isEncrypted(file) && !describe(file).encrypted();
        }
        return key != null && claimed.keyCheck().equals(keyCheck(key));
    }

    /** A value that tells whether a key is the one a backup was made with, without revealing the key. */
    static String keyCheck(FileKey key) {
        if (key == null) {
            return null;
        }
        return HexFormat.of().formatHex(key.mac().doFinal("visit-planner key check".getBytes(StandardCharsets.UTF_8)));
    }

    private static String schemaVersion(Connection connection) throws SQLException {
        try (var statement = connection.prepareStatement("SELECT \"version\" FROM \"flyway_schema_history\" "
                + "WHERE \"success\" AND \"version\" IS NOT NULL ORDER BY \"installed_rank\" DESC LIMIT 1");
             var rows = statement.executeQuery()) {
            return rows.next() ? rows.getString(1) : null;
        }
    }

    private static boolean isBareDatabase(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] start = in.readNBytes(H2_FILE_START.length);
            return Arrays.equals(start, H2_FILE_START) || FileKey.isEncrypted(file);
        }
    }

    private static Properties metadata(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry entry = zip.getEntry(METADATA);
            if (entry == null || zip.getEntry(Database.FILE_NAME) == null) {
                throw new IllegalArgumentException("no " + METADATA + " or database in " + file);
            }
            byte[] bytes;
            try (InputStream in = zip.getInputStream(entry)) {
                bytes = in.readNBytes(MAX_METADATA_BYTES + 1);
            }
            if (bytes.length > MAX_METADATA_BYTES) {
                throw new IllegalArgumentException(METADATA + " is too large in " + file);
            }
            Properties metadata = new Properties();
            metadata.load(new StringReader(new String(bytes, StandardCharsets.UTF_8)));
            if (!FORMAT.equals(metadata.getProperty("format"))) {
                throw new IllegalArgumentException("unknown backup format in " + file);
            }
            return metadata;
        }
    }

    private static Map<String, Long> rowCounts(Properties metadata) {
        Map<String, Long> counts = new TreeMap<>();
        for (String name : metadata.stringPropertyNames()) {
            if (name.startsWith("rows.")) {
                counts.put(name.substring("rows.".length()), Long.parseLong(metadata.getProperty(name).trim()));
            }
        }
        return counts;
    }

    private static String required(Properties metadata, String name) {
        String value = metadata.getProperty(name);
        if (value == null) {
            throw new IllegalArgumentException("no " + name);
        }
        return value.trim();
    }

    private static DataProblem notABackup(Path file, Throwable cause) {
        return new DataProblem(DataProblem.Kind.CORRUPT, file.toString(),
                new DataProblem.Reason("backup.error.notABackup", file.toString()), cause);
    }
}
