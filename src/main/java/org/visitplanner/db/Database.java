package org.visitplanner.db;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jooq.impl.DataSourceConnectionProvider;
import org.jooq.impl.DefaultConfiguration;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.jooq.impl.ThreadLocalTransactionProvider;
import org.visitplanner.logic.DataProblem;
import org.visitplanner.logic.Transactions;

/**
 * The open H2 database: a connection pool, the schema brought up to date by Flyway, and a jOOQ context whose
 * transactions are bound to the calling thread (so that repositories called inside {@link #transactions()} join
 * the same transaction).
 *
 * <p>Durability: {@code WRITE_DELAY=0} makes H2 write each commit to the file before the commit returns (see
 * docs/decisions/0004-h2-durability.md). Every query asserts it is not running on the JavaFX application thread.
 */
public final class Database implements AutoCloseable {

    /** The database's base name; H2 adds {@code .mv.db}. */
    public static final String FILE_BASE_NAME = "visit-planner";

    private final JdbcConnectionPool pool;
    private final DSLContext dsl;
    private final String location;
    private final Transactions transactions;

    private Database(JdbcConnectionPool pool, String location) {
        this.pool = pool;
        this.location = location;
        DefaultConfiguration configuration = new DefaultConfiguration();
        configuration.set(SQLDialect.H2);
        configuration.set(new ThreadLocalTransactionProvider(new DataSourceConnectionProvider(pool)));
        configuration.set(new DefaultExecuteListenerProvider(new Guard(location)));
        this.dsl = DSL.using(configuration);
        this.transactions = new JooqTransactions(dsl, location);
    }

    /** Opens (creating and migrating when needed) the database in {@code dataDirectory}. */
    public static Database open(Path dataDirectory) {
        DataDirectory.prepare(dataDirectory);
        Path file = dataDirectory.resolve(FILE_BASE_NAME + ".mv.db");
        if (Files.exists(file) && !Files.isWritable(file)) {
            throw new DataProblem(DataProblem.Kind.READ_ONLY, file.toString(), null);
        }
        String url = "jdbc:h2:file:" + dataDirectory.resolve(FILE_BASE_NAME).toAbsolutePath()
                + ";DB_CLOSE_ON_EXIT=FALSE;AUTO_SERVER=FALSE";
        if (Files.exists(file)) {
            refuseNewerSchema(url + ";ACCESS_MODE_DATA=r", file.toString());
        }
        return open(url + ";WRITE_DELAY=0", file.toString());
    }

    /**
     * Looks at an existing file read-only first: opening it for writing already rewrites its header, and a file
     * written by a newer Visit Planner (or one locked or damaged) must stay exactly as it was.
     */
    private static void refuseNewerSchema(String readOnlyUrl, String location) {
        JdbcConnectionPool probe = JdbcConnectionPool.create(readOnlyUrl, "sa", "");
        try {
            MigrationInfo current = flyway(probe).info().current();
            if (current != null && current.getVersion() != null
                    && current.getVersion().compareTo(newestKnownVersion(flyway(probe))) > 0) {
                throw new DataProblem(DataProblem.Kind.NEWER_SCHEMA, location, null);
            }
        } catch (RuntimeException e) {
            throw DataProblems.classify(e, location);
        } finally {
            probe.dispose();
        }
    }

    /** A private in-memory database, for tests and benchmarks; it lives as long as this object is open. */
    public static Database inMemory(String name) {
        return open("jdbc:h2:mem:" + name, "memory:" + name);
    }

    private static Database open(String url, String location) {
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", "");
        try {
            // Opening a connection is what finds a lock, a corrupt file or a wrong password.
            try (Connection connection = pool.getConnection()) {
                connection.isValid(1);
            }
            migrate(pool, location);
            return new Database(pool, location);
        } catch (SQLException | RuntimeException e) {
            pool.dispose();
            throw DataProblems.classify(e, location);
        }
    }

    private static void migrate(JdbcConnectionPool pool, String location) {
        Flyway flyway = flyway(pool);
        MigrationInfo current = flyway.info().current();
        if (current != null && current.getVersion() != null
                && current.getVersion().compareTo(newestKnownVersion(flyway)) > 0) {
            // Written by a newer Visit Planner: refuse to touch it rather than guess what its columns mean.
            throw new DataProblem(DataProblem.Kind.NEWER_SCHEMA, location, null);
        }
        flyway.migrate();
    }

    private static Flyway flyway(JdbcConnectionPool pool) {
        return Flyway.configure()
                .dataSource(pool)
                .locations("classpath:db/migration")
                .loggers("slf4j")
                .load();
    }

    /** The newest migration this build of the app carries. */
    private static MigrationVersion newestKnownVersion(Flyway flyway) {
        return Optional.ofNullable(flyway.info().all())
                .stream().flatMap(java.util.Arrays::stream)
                .filter(info -> info.getScript() != null && info.getVersion() != null && !isFuture(info))
                .map(MigrationInfo::getVersion)
                .max(Comparator.naturalOrder())
                .orElse(MigrationVersion.EMPTY);
    }

    private static boolean isFuture(MigrationInfo info) {
        return info.getState() != null && info.getState().name().startsWith("FUTURE");
    }

    public DSLContext dsl() {
        return dsl;
    }

    public Transactions transactions() {
        return transactions;
    }

    /** The database file (or "memory:name"), as shown to the user. */
    public String location() {
        return location;
    }

    @Override
    public void close() {
        // H2 closes the database when its last connection closes (an in-memory one then disappears).
        pool.dispose();
    }

    /** Runs {@code work} on a raw JDBC connection (backups, maintenance); not for repositories. */
    public <T> T withConnection(SqlWork<T> work) {
        try (Connection connection = pool.getConnection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw DataProblems.classify(e, location);
        }
    }

    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    private record JooqTransactions(DSLContext dsl, String location) implements Transactions {
        @Override
        public <T> T inTransaction(Callable<T> work) {
            return dsl.transactionResult(() -> work.call());
        }
    }

    /** Keeps the database off the JavaFX thread and turns storage failures into {@link DataProblem}s. */
    private static final class Guard implements ExecuteListener {
        private final String location;

        Guard(String location) {
            this.location = location;
        }

        @Override
        public void start(ExecuteContext ctx) {
            if ("JavaFX Application Thread".equals(Thread.currentThread().getName())) {
                throw new IllegalStateException("the database must not be used on the JavaFX application thread");
            }
        }

        @Override
        public void exception(ExecuteContext ctx) {
            Throwable failure = ctx.sqlException() != null ? ctx.sqlException() : ctx.exception();
            DataProblem.Kind kind = DataProblems.kind(failure);
            if (kind != DataProblem.Kind.OTHER) {
                ctx.exception(new DataProblem(kind, location, failure));
            }
        }
    }
}
