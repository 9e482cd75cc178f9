package org.visitplanner.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A test's own pgpass file, as a user's {@code ~/.pgpass}: the PostgreSQL driver reads passwords from it, so the app's
 * way of finding a password is used for real. Each test starts with the superuser's line for the shared
 * {@link TestPostgres} server; {@link #addLogin} adds a colleague's. The driver's setting is put back afterwards.
 *
 * <pre>{@literal @}RegisterExtension final PgPassFile pgpass = new PgPassFile(TestPostgres.shared());</pre>
 */
public final class PgPassFile implements BeforeEachCallback, AfterEachCallback {

    private static final String DRIVER_SETTING = "org.postgresql.pgpassfile";

    private final TestPostgres server;
    private Path file;
    private String previous;

    public PgPassFile(TestPostgres server) {
        this.server = server;
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        file = Files.createTempFile("pgpass", "");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        addLogin("postgres", TestPostgres.PASSWORD);
        previous = System.getProperty(DRIVER_SETTING);
        System.setProperty(DRIVER_SETTING, file.toString());
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        if (previous == null) {
            System.clearProperty(DRIVER_SETTING);
        } else {
            System.setProperty(DRIVER_SETTING, previous);
        }
        Files.deleteIfExists(file);
    }

    /** Adds {@code role}'s password for every database of the server, as an administrator tells a colleague to. */
    public void addLogin(String role, String password) throws IOException {
        Files.writeString(file, "127.0.0.1:" + server.port() + ":*:" + role + ":" + password + "\n",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    /** The driver finds no password at all: the setting names a file that is not there. */
    public void forget() {
        System.setProperty(DRIVER_SETTING, file.resolveSibling(file.getFileName() + "-missing").toString());
    }
}
