package org.visitplanner.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.visitplanner.db.Database;
import org.visitplanner.logic.team.TeamAddress;

/**
 * A real, throw-away PostgreSQL server for tests: Debian's {@code postgresql} binaries, a cluster made in a temporary
 * folder, started on a free local port (loopback only) as a user other than root, and removed when the tests' JVM
 * ends. Started once per JVM, on first use. Each test gets a database of its own, copied from a migrated template.
 *
 * <p>The superuser {@code postgres} has the password {@link #PASSWORD}, asked over TCP (scram-sha-256), so that the
 * app's way of finding and asking passwords is used for real.
 */
public final class TestPostgres {

    /** The superuser's password. */
    public static final String PASSWORD = "throw-away-secret";
    private static final String TEMPLATE = "vp_template";
    private static TestPostgres shared;

    private final Path folder;
    private final int port;
    private final AtomicInteger databases = new AtomicInteger();
    private boolean templateReady;

    private TestPostgres(Path folder, int port) {
        this.folder = folder;
        this.port = port;
    }

    /** The JVM's server, started on first use. */
    public static synchronized TestPostgres shared() {
        if (shared == null) {
            shared = start();
        }
        return shared;
    }

    public int port() {
        return port;
    }

    /** The superuser's address of {@code database}. */
    public TeamAddress address(String database) {
        return new TeamAddress("127.0.0.1", port, database, "postgres");
    }

    /** A new empty database (no schema yet) of its own. */
    public synchronized TeamAddress emptyDatabase() {
        String name = "vp_empty_" + databases.incrementAndGet();
        admin("CREATE DATABASE " + name);
        return address(name);
    }

    /** A new database holding the current schema (copied from a template migrated once). */
    public synchronized TeamAddress migratedDatabase() {
        if (!templateReady) {
            admin("CREATE DATABASE " + TEMPLATE);
            Database.team(address(TEMPLATE), PASSWORD.toCharArray()).close();
            templateReady = true;
        }
        String name = "vp_test_" + databases.incrementAndGet();
        admin("CREATE DATABASE " + name + " TEMPLATE " + TEMPLATE);
        return address(name);
    }

    /** Runs SQL as the superuser on database {@code postgres} (roles, databases). */
    public void admin(String sql) {
        run(address("postgres"), sql);
    }

    /** Runs SQL as the superuser on {@code address}'s database. */
    public void run(TeamAddress address, String sql) {
        try (Connection connection = connect(address.database(), "postgres", PASSWORD);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** The tables of {@code address}'s database, by name. */
    public List<String> tables(TeamAddress address) {
        return lines(address, "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' "
                + "ORDER BY table_name");
    }

    /** Every row of every table of {@code address}'s database, as text (to compare before and after). */
    public String dump(TeamAddress address) {
        StringBuilder dump = new StringBuilder();
        for (String table : tables(address)) {
            dump.append(table).append('\n');
            for (String row : lines(address, "SELECT t::text FROM \"" + table + "\" t ORDER BY 1")) {
                dump.append(row).append('\n');
            }
        }
        return dump.toString();
    }

    /** The first column of each row {@code sql} returns on {@code address}'s database, as text. */
    public List<String> lines(TeamAddress address, String sql) {
        try (Connection connection = connect(address.database(), "postgres", PASSWORD);
             Statement statement = connection.createStatement();
             java.sql.ResultSet rows = statement.executeQuery(sql)) {
            List<String> lines = new ArrayList<>();
            while (rows.next()) {
                lines.add(rows.getString(1));
            }
            return lines;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** A plain JDBC connection to {@code database} as {@code user}. */
    public Connection connect(String database, String user, String password) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/" + database, properties);
    }

    private static TestPostgres start() {
        Path bin = binaries();
        try {
            Path folder = Files.createTempDirectory("visit-planner-postgres-");
            boolean root = "root".equals(System.getProperty("user.name"));
            if (root) {
                UserPrincipal postgres = folder.getFileSystem().getUserPrincipalLookupService()
                        .lookupPrincipalByName("postgres");
                Files.setOwner(folder, postgres);
            }
            Path passwordFile = folder.resolve("password");
            Files.writeString(passwordFile, PASSWORD + "\n", StandardCharsets.UTF_8);
            if (root) {
                Files.setOwner(passwordFile, folder.getFileSystem().getUserPrincipalLookupService()
                        .lookupPrincipalByName("postgres"));
            }
            Path data = folder.resolve("data");
            exec(root, folder, bin.resolve("initdb").toString(), "-D", data.toString(), "-U", "postgres",
                    "--pwfile=" + passwordFile, "--auth-local=trust", "--auth-host=scram-sha-256", "-E", "UTF8",
                    "--no-locale", "--no-sync");
            IOException last = null;
            for (int attempt = 0; attempt < 5; attempt++) {
                int port = freePort();
                try {
                    exec(root, folder, bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-w", "-t", "60",
                            "-l", folder.resolve("server.log").toString(), "-o",
                            "-p " + port + " -k " + folder + " -c listen_addresses=127.0.0.1 -c fsync=off"
                                    + " -c synchronous_commit=off -c full_page_writes=off -c max_connections=200",
                            "start");
                    TestPostgres server = new TestPostgres(folder, port);
                    Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(root, bin)));
                    return server;
                } catch (IOException e) {
                    last = e;
                }
            }
            throw last;
        } catch (IOException e) {
            throw new UncheckedIOException("starting a throw-away PostgreSQL server", e);
        }
    }

    private void stop(boolean root, Path bin) {
        try {
            exec(root, folder, bin.resolve("pg_ctl").toString(), "-D", folder.resolve("data").toString(), "-m",
                    "immediate", "stop");
        } catch (IOException e) {
            // the folder goes anyway; a server left running dies with its files
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }

    /** Debian's newest PostgreSQL binaries ({@code apt-get install postgresql}). */
    private static Path binaries() {
        Path root = Path.of("/usr/lib/postgresql");
        try (Stream<Path> versions = Files.list(root)) {
            return versions.map(v -> v.resolve("bin"))
                    .filter(bin -> Files.isExecutable(bin.resolve("initdb")))
                    .max(Comparator.comparing(bin -> Integer.parseInt(bin.getParent().getFileName().toString()
                            .replaceAll("\\D", "0"))))
                    .orElseThrow(() -> new IllegalStateException("no initdb in " + root));
        } catch (IOException e) {
            throw new IllegalStateException("PostgreSQL is not installed: apt-get install postgresql", e);
        }
    }

    /** Runs a server program, as the user {@code postgres} when the tests run as root (the server refuses root). */
    private static void exec(boolean root, Path folder, String... command) throws IOException {
        List<String> line = new ArrayList<>();
        if (root) {
            line.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        line.addAll(List.of(command));
        Path output = Files.createTempFile("postgres-command-", ".log");
        try {
            Process process = new ProcessBuilder(line).directory(folder.toFile()).redirectErrorStream(true)
                    .redirectOutput(output.toFile()).start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("timed out: " + line);
            }
            if (process.exitValue() != 0) {
                throw new IOException(line + " exited with " + process.exitValue() + ":\n"
                        + Files.readString(output, StandardCharsets.UTF_8));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted: " + line, e);
        } finally {
            Files.deleteIfExists(output);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
