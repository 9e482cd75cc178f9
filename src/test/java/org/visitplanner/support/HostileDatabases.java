package org.visitplanner.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.h2.engine.MetaRecord;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.db.ValueDataType;
import org.h2.mvstore.tx.Transaction;
import org.h2.mvstore.tx.TransactionMap;
import org.h2.mvstore.tx.TransactionStore;
import org.h2.result.Row;
import org.h2.result.SearchRow;
import org.h2.value.Value;

/**
 * Database files crafted as an attacker would, with H2's own tools, from a copy of real data: a trigger or a
 * function whose Java source writes a marker file when it runs, an extra user, a setting, a dropped or a damaged
 * index. The marker is written only once the file is armed (a file beside the marker exists), because H2 runs a
 * trigger's source as soon as it is created, while the attack is made.
 */
public final class HostileDatabases {

    /** The objects an attacker can add with plain SQL; each is refused by the app before H2 opens the file. */
    public enum Attack {
        SOURCE_TRIGGER, SOURCE_FUNCTION, JAVA_FUNCTION, EXTRA_USER, EXTRA_SETTING, VIEW, DEFAULT_THAT_WRITES_FILES,
        DROPPED_INDEX
    }

    private HostileDatabases() {
    }

    /**
     * Copies the database file {@code original} to {@code target} with {@code attack} added; code in it writes
     * {@code marker} once {@link #arm} has been called.
     */
    public static Path craft(Path original, Path target, Attack attack, Path marker) throws IOException {
        Files.createDirectories(target.getParent());
        Files.copy(original, target);
        String base = target.toAbsolutePath().toString().replaceAll("\\.mv\\.db$", "");
        String write = "if (java.nio.file.Files.exists(java.nio.file.Path.of(\"" + armed(marker) + "\"))) { "
                + "try { java.nio.file.Files.writeString(java.nio.file.Path.of(\"" + marker + "\"), \"ran\"); } "
                + "catch (java.io.IOException e) { throw new java.io.UncheckedIOException(e); } }";
        List<String> statements = switch (attack) {
            case SOURCE_TRIGGER -> List.of("CREATE FORCE TRIGGER AUDIT_TRIP AFTER INSERT ON TRIP AS $$"
                    + "org.h2.api.Trigger create() { " + write + " return (c, o, n) -> { }; } $$");
            case SOURCE_FUNCTION -> List.of("CREATE FORCE ALIAS TRIP_LABEL AS $$String label() { " + write
                    + " return \"x\"; } $$");
            case JAVA_FUNCTION -> List.of("CREATE FORCE ALIAS RUNTIME FOR 'java.lang.Runtime.getRuntime'");
            case EXTRA_USER -> List.of("CREATE USER MALLORY PASSWORD 'mallory' ADMIN");
            case EXTRA_SETTING -> List.of("SET DEFAULT_LOCK_TIMEOUT 1234");
            case VIEW -> List.of("CREATE VIEW EVERY_NOTE AS SELECT NOTES FROM MEETING_RECORD");
            case DEFAULT_THAT_WRITES_FILES -> List.of("ALTER TABLE MEMBER ALTER COLUMN NOTES SET DEFAULT "
                    + "FILE_WRITE('ran', '" + marker + "')");
            // An index no constraint uses (V10 rebuilt CONTACT: H2 now ties CONTACT_INSTITUTION_IDX to a foreign key).
            case DROPPED_INDEX -> List.of("DROP INDEX TRIP_GID");
        };
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + base, "sa", "");
             Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IOException("cannot craft " + attack, e);
        }
        return target;
    }

    /** From now on, the code crafted with {@code marker} writes it when it runs. */
    public static void arm(Path marker) throws IOException {
        Files.writeString(armed(marker), "armed");
    }

    private static Path armed(Path marker) {
        return marker.resolveSibling(marker.getFileName() + ".armed");
    }

    /**
     * Removes one entry of the index {@code indexName} below SQL, as a flipped bit in an index page would: the table
     * keeps its rows, the queries that use the index no longer see one of them.
     */
    public static void loseOneIndexEntry(Path file, String indexName) {
        try (MVStore store = new MVStore.Builder().fileName(file.toAbsolutePath().toString()).open()) {
            TransactionStore transactions = new TransactionStore(store, new ValueDataType());
            transactions.init();
            Transaction change = transactions.begin();
            TransactionMap<Long, Row> meta = change.openMap("table.0");
            int id = -1;
            for (Iterator<Long> keys = meta.keyIterator(null); keys.hasNext(); ) {
                MetaRecord record = new MetaRecord(meta.get(keys.next()));
                if (record.getSQL().contains("\"" + indexName + "\" ON")) {
                    id = record.getId();
                }
            }
            TransactionMap<SearchRow, Value> index = change.openMap("index." + id);
            index.remove(index.firstKey());
            change.commit();
        }
    }

    /**
     * Copies the backup ZIP {@code backup} to {@code target} with {@code database} as its data, keeping its
     * {@code backup.properties} genuine: the rows and their digest still match (an added object is not a row), and
     * the digest of the file's bytes is made to match too, as an attacker would.
     */
    public static Path repackBackup(Path backup, Path database, Path target) throws IOException {
        try (ZipFile zip = new ZipFile(backup.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            String metadata;
            try (InputStream in = zip.getInputStream(zip.getEntry("backup.properties"))) {
                metadata = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            metadata = metadata.replaceAll("file\\.sha256=[0-9a-f]+", "file.sha256=" + sha256(database));
            out.putNextEntry(new ZipEntry("backup.properties"));
            out.write(metadata.getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(new ZipEntry("visit-planner.mv.db"));
            Files.copy(database, out);
            out.closeEntry();
        }
        return target;
    }

    /** Changes one bit of the database entry of a backup ZIP, keeping the ZIP well formed (its CRC recomputed). */
    public static Path flipOneBit(Path backup, long bit, Path target) throws IOException {
        try (ZipFile zip = new ZipFile(backup.toFile()); OutputStream file = Files.newOutputStream(target);
             ZipOutputStream out = new ZipOutputStream(file)) {
            for (String name : new String[] {"backup.properties", "visit-planner.mv.db"}) {
                byte[] bytes;
                try (InputStream in = zip.getInputStream(zip.getEntry(name))) {
                    bytes = in.readAllBytes();
                }
                if (name.endsWith(".mv.db")) {
                    int at = (int) ((bit / 8) % bytes.length);
                    bytes[at] ^= (byte) (1 << (bit % 8));
                }
                out.putNextEntry(new ZipEntry(name));
                out.write(bytes);
                out.closeEntry();
            }
        }
        return target;
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
