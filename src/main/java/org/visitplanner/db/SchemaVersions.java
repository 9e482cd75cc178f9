package org.visitplanner.db;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.h2.jdbcx.JdbcConnectionPool;

/**
 * A quick look at whether a database file's schema is exactly the one this build makes, without Flyway: Flyway
 * takes about a second to start on a laptop, and on almost every start there is nothing for it to do. When the file
 * holds every migration this build carries, all applied successfully, and nothing else, it is opened at once; in
 * every other case (older, newer, a failed migration, no history, any doubt) the full check with Flyway decides
 * (docs/decisions/0016-start-up.md).
 */
final class SchemaVersions {

    private static final Pattern SCRIPT = Pattern.compile("V(\\d+(?:[._]\\d+)*)__[^/]*\\.sql");
    private static final String FOLDER = "db/migration/";
    /** A script every build carries (released, never removed): it finds the folder in a jar or on disk. */
    private static final String FIRST = FOLDER + "V1__schema.sql";

    private static volatile Set<String> known;

    private SchemaVersions() {
    }

    /**
     * True only when the file is certainly up to date; false means "ask Flyway". A file H2 cannot open is refused
     * here as {@link DatabaseFiles#probe} would refuse it (H2 may keep a file it failed to open locked for the rest
     * of the process, so it is not opened a second time).
     */
    static boolean isCurrent(Path file, FileKey key) {
        Set<String> carried;
        try {
            carried = known();
        } catch (IOException | RuntimeException e) {
            return false;
        }
        if (carried.isEmpty()) {
            return false;
        }
        JdbcConnectionPool look = JdbcConnectionPool.create(DatabaseFiles.url(file, key, true), "sa",
                FileKey.connectionPassword(key));
        try {
            Connection connection;
            try {
                connection = look.getConnection();
            } catch (SQLException | RuntimeException e) {
                throw DatabaseFiles.unreadable(e, file);
            }
            try (connection) {
                return carried.equals(applied(connection));
            } catch (SQLException | RuntimeException e) {
                return false; // no history table, or one Flyway must read: it decides
            }
        } finally {
            look.dispose();
        }
    }

    /** The versions applied to the database, or null when one failed (Flyway must say what to do). */
    private static Set<String> applied(Connection connection) throws SQLException {
        Set<String> versions = new HashSet<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT \"version\", \"success\" FROM \"flyway_schema_history\""
                     + " WHERE \"version\" IS NOT NULL")) {
            while (rows.next()) {
                if (!rows.getBoolean(2)) {
                    return null;
                }
                versions.add(normal(rows.getString(1)));
            }
        }
        return versions;
    }

    /** The versions of the migration scripts this build carries. */
    static Set<String> known() throws IOException {
        Set<String> versions = known;
        if (versions == null) {
            versions = Collections.unmodifiableSet(scan());
            known = versions;
        }
        return versions;
    }

    private static Set<String> scan() throws IOException {
        Set<String> versions = new HashSet<>();
        URL first = SchemaVersions.class.getClassLoader().getResource(FIRST);
        if (first == null) {
            return versions;
        }
        if ("jar".equals(first.getProtocol())) {
            JarURLConnection connection = (JarURLConnection) first.openConnection();
            connection.setUseCaches(false);
            try (JarFile jar = connection.getJarFile()) {
                for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
                    String name = entries.nextElement().getName();
                    if (name.startsWith(FOLDER)) {
                        add(name.substring(FOLDER.length()), versions);
                    }
                }
            }
        } else if ("file".equals(first.getProtocol())) {
            try (Stream<Path> files = Files.list(Path.of(first.toURI()).getParent())) {
                files.forEach(f -> add(f.getFileName().toString(), versions));
            } catch (URISyntaxException e) {
                throw new IOException(e);
            }
        }
        return versions;
    }

    private static void add(String fileName, Set<String> versions) {
        Matcher m = SCRIPT.matcher(fileName);
        if (m.matches()) {
            versions.add(normal(m.group(1)));
        }
    }

    /** "5", "5.0", "05" and "5_0" are one version, as Flyway compares them. */
    static String normal(String version) {
        String[] parts = version.replace('_', '.').split("\\.");
        int last = parts.length - 1;
        while (last > 0 && parts[last].replaceFirst("^0+", "").isEmpty()) {
            last--;
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i <= last; i++) {
            String digits = parts[i].replaceFirst("^0+(?=.)", "");
            text.append(i == 0 ? "" : ".").append(digits);
        }
        return text.toString();
    }
}
