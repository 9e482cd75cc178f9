package org.visitplanner.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.visitplanner.app.Services;
import org.visitplanner.logic.team.TeamAddress;

/**
 * Fresh, Flyway-migrated databases for tests: in-memory H2, or — when the tests run with
 * {@code -Dvisitplanner.test.engine=postgresql}, as {@code mvn verify} runs the repository tests a second time — a
 * database of its own on a real throw-away PostgreSQL server ({@link TestPostgres}).
 */
public final class TestServices {

    /** The system property that chooses the engine of the tests' databases. */
    public static final String ENGINE = "visitplanner.test.engine";

    private TestServices() {
    }

    /** Whether this run's databases are PostgreSQL ones. */
    public static boolean onPostgres() {
        return "postgresql".equalsIgnoreCase(System.getProperty(ENGINE, "h2"));
    }

    /** Services over an empty database of their own. */
    public static Services empty() {
        if (onPostgres()) {
            return team();
        }
        return Services.inMemory("test-" + UUID.randomUUID());
    }

    /** Services over a new, migrated database of their own on the throw-away PostgreSQL server. */
    public static Services team() {
        try {
            Path local = Files.createTempDirectory("visit-planner-team-test-");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(local)));
            TestPostgres server = TestPostgres.shared();
            return Services.team(server.migratedDatabase(), TestPostgres.PASSWORD.toCharArray(), local);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Services over a database holding the sample trip. */
    public static Services withSample() {
        Services services = empty();
        services.sampleTrip().ensureLoaded();
        return services;
    }

    /**
     * Two clients of one database holding the sample trip, as two people's windows are: each with its own
     * connections and data folder (two in-memory H2 connections pools on one database, or two team connections).
     */
    public static List<Services> twoClients() {
        if (onPostgres()) {
            try {
                TestPostgres server = TestPostgres.shared();
                TeamAddress address = server.migratedDatabase();
                List<Services> clients = new ArrayList<>();
                for (int client = 0; client < 2; client++) {
                    Path local = Files.createTempDirectory("visit-planner-team-test-");
                    Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(local)));
                    clients.add(Services.team(address, TestPostgres.PASSWORD.toCharArray(), local));
                }
                clients.get(0).sampleTrip().ensureLoaded();
                return clients;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        String name = "test-" + UUID.randomUUID();
        Services first = Services.inMemory(name);
        first.sampleTrip().ensureLoaded();
        return List.of(first, Services.inMemory(name));
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }
}
