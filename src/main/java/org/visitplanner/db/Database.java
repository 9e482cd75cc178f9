package org.visitplanner.db;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;

import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.ConnectionProvider;
import org.jooq.Delete;
import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.ExecuteType;
import org.jooq.Insert;
import org.jooq.Merge;
import org.jooq.SQLDialect;
import org.jooq.Update;
import org.jooq.impl.DSL;
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
 * <p>Durability (docs/decisions/0015-durability-backups-and-failures.md): with {@code WRITE_DELAY=0} H2 writes a
 * commit to the file before the commit returns; then this class forces the file to the disk ({@code CHECKPOINT
 * SYNC}) after every committed write, so that an edit the user saw saved survives a crash and a power cut. After a
 * failed write (a full disk) H2 closes the database; the next use opens it again from the file, which holds every
 * earlier commit. Every query asserts it is not running on the JavaFX application thread.
 */
public final class Database implements AutoCloseable {

    /** The database's base name; H2 adds {@code .mv.db}. */
    public static final String FILE_BASE_NAME = "visit-planner";
    public static final String FILE_NAME = FILE_BASE_NAME + ".mv.db";

    private final Path directory;
    private final String location;
    private final DSLContext dsl;
    private final Transactions transactions;
    private final AtomicLong changes = new AtomicLong();
    private final AtomicLong syncs = new AtomicLong();
    private volatile JdbcConnectionPool pool;
    private volatile FileKey key;
    private volatile boolean reopenNeeded;

    private Database(Path directory, String location, JdbcConnectionPool pool, FileKey key) {
        this.directory = directory;
        this.location = location;
        this.pool = pool;
        this.key = key;
        DefaultConfiguration configuration = new DefaultConfiguration();
        configuration.set(SQLDialect.H2);
        configuration.set(new ThreadLocalTransactionProvider(new AtomicStatements()));
        configuration.set(new DefaultExecuteListenerProvider(new Guard()));
        this.dsl = DSL.using(configuration);
        this.transactions = new JooqTransactions();
    }

    /** Opens (creating and migrating when needed) the unencrypted database in {@code dataDirectory}. */
    public static Database open(Path dataDirectory) {
        return open(dataDirectory, null);
    }

    /**
     * Opens (creating and migrating when needed) the database in {@code dataDirectory}. {@code key} opens an
     * encrypted file and is ignored for a plain one; an encrypted file without the right key is
     * {@link DataProblem.Kind#WRONG_PASSWORD}.
     */
    public static Database open(Path dataDirectory, FileKey key) {
        DataDirectory.prepare(dataDirectory);
        Path file = DatabaseFiles.file(dataDirectory);
        FileKey effective = DatabaseFiles.prepare(dataDirectory, key);
        Database database = new Database(dataDirectory, file.toString(), DatabaseFiles.connect(file, effective),
                effective);
        DataDirectory.secure(dataDirectory);
        return database;
    }

    /** Whether the database in {@code dataDirectory} is encrypted (then it needs a key to open). */
    public static boolean isEncrypted(Path dataDirectory) {
        return FileKey.isEncrypted(DatabaseFiles.file(dataDirectory));
    }

    /**
     * Moves the damaged database file of {@code dataDirectory} aside into {@code damaged/} (never deleting it), so
     * that the user can start again with new data; returns where it went.
     */
    public static Path setAsideDamaged(Path dataDirectory) {
        return DatabaseFiles.setAside(dataDirectory);
    }

    /** A private in-memory database, for tests and benchmarks; it lives as long as this object is open. */
    public static Database inMemory(String name) {
        String url = "jdbc:h2:mem:" + name;
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", "");
        try {
            DatabaseFiles.flyway(pool).migrate();
            return new Database(null, "memory:" + name, pool, null);
        } catch (RuntimeException e) {
            pool.dispose();
            throw DataProblems.classify(e, "memory:" + name);
        }
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

    /** The data folder; {@code null} for an in-memory database. */
    public Path dataDirectory() {
        return directory;
    }

    /** Whether the file is encrypted. */
    public boolean isEncrypted() {
        return key != null;
    }

    FileKey key() {
        return key;
    }

    /** How many writes were made since the database was opened. */
    public long changeCount() {
        return changes.get();
    }

    /** How many times the file was forced to the disk (tests check that every commit is). */
    long syncCount() {
        return syncs.get();
    }

    @Override
    public synchronized void close() {
        JdbcConnectionPool current = pool;
        pool = null;
        if (current != null) {
            // H2 closes the database when its last connection closes (an in-memory one then disappears).
            current.dispose();
        }
    }

    /** Runs {@code work} on a raw JDBC connection (backups, maintenance); not for repositories. */
    public <T> T withConnection(SqlWork<T> work) {
        try (Connection connection = currentPool().getConnection()) {
            return work.run(connection);
        } catch (SQLException | RuntimeException e) {
            throw failure(e);
        }
    }

    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    /** Work on the closed database file: it may replace the file and returns the key of the file left in place. */
    @FunctionalInterface
    interface FileWork {
        FileKey run(Path dataDirectory, FileKey currentKey);
    }

    /**
     * Closes the file, runs {@code work} on it (a restore, a change of password), then opens it again with the key
     * {@code work} returned (or the old one when {@code work} failed, having left the file as it was). Call it on
     * the thread that does all the data work, so that nothing else uses the database meanwhile.
     */
    synchronized void reopenAfter(FileWork work) {
        if (directory == null) {
            throw new IllegalStateException("an in-memory database has no file");
        }
        JdbcConnectionPool current = currentPool();
        pool = null;
        current.dispose();
        FileKey next = key;
        RuntimeException failure = null;
        try {
            next = work.run(directory, key);
        } catch (RuntimeException e) {
            failure = e;
        }
        try {
            FileKey effective = DatabaseFiles.prepare(directory, next);
            pool = DatabaseFiles.connect(DatabaseFiles.file(directory), effective);
            key = effective;
            DataDirectory.secure(directory);
        } catch (RuntimeException e) {
            if (failure == null) {
                throw e;
            }
            failure.addSuppressed(e);
        }
        if (failure != null) {
            throw failure;
        }
    }

    private JdbcConnectionPool currentPool() {
        JdbcConnectionPool current = pool;
        if (current == null) {
            throw new DataProblem(DataProblem.Kind.OTHER, location, null);
        }
        if (reopenNeeded) {
            synchronized (this) {
                if (reopenNeeded && pool != null) {
                    // The connections still point to the database H2 closed; new ones open it from the file.
                    pool.dispose();
                    pool = DatabaseFiles.connect(DatabaseFiles.file(directory), key);
                    reopenNeeded = false;
                }
                current = pool;
            }
        }
        return current;
    }

    /** The problem the user is told about; marks the database for reopening when H2 closed it. */
    private RuntimeException failure(Throwable e) {
        if (directory != null && DataProblems.closedTheDatabase(e)) {
            reopenNeeded = true;
        }
        DataProblem problem = DataProblems.classify(e, location);
        if (problem.kind() != DataProblem.Kind.OTHER || e instanceof DataProblem) {
            return problem;
        }
        return e instanceof RuntimeException runtime ? runtime : problem;
    }

    /** Forces the file to the disk: H2's {@code CHECKPOINT SYNC} ends in {@code FileChannel.force(true)}. */
    private void sync(Connection connection) throws SQLException {
        if (directory == null) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("CHECKPOINT SYNC");
        }
        syncs.incrementAndGet();
    }

    /** What happened on a connection since it was handed out: a write, a failure, the end of its transaction. */
    private interface Tracked {
        void wrote();

        void failed();
    }

    /**
     * Pool connections, without auto-commit, whose commit forces the file to the disk before it returns; they can
     * be told (through {@code unwrap}) that a statement wrote or failed.
     */
    private final class Connections {
        Connection get() throws SQLException {
            Connection raw = currentPool().getConnection();
            raw.setAutoCommit(false);
            boolean[] state = new boolean[3]; // wrote, failed, ended (committed or rolled back by a transaction)
            return (Connection) Proxy.newProxyInstance(Database.class.getClassLoader(),
                    new Class<?>[] {Connection.class, Tracked.class}, (proxy, method, args) -> {
                        switch (method.getName()) {
                            case "wrote" -> {
                                state[0] = true;
                                return null;
                            }
                            case "failed" -> {
                                state[1] = true;
                                return null;
                            }
                            case "unwrap" -> {
                                if (args[0] == Tracked.class) {
                                    return proxy;
                                }
                            }
                            case "isWrapperFor" -> {
                                if (args[0] == Tracked.class) {
                                    return true;
                                }
                            }
                            case "close" -> {
                                // A statement run outside a transaction is its own transaction: kept if it worked,
                                // undone entirely if it failed (see AtomicStatements).
                                try {
                                    if (!state[2]) {
                                        if (state[0] && !state[1]) {
                                            raw.commit();
                                            sync(raw);
                                        } else {
                                            raw.rollback();
                                        }
                                    }
                                    raw.setAutoCommit(true);
                                } finally {
                                    raw.close();
                                }
                                return null;
                            }
                            default -> {
                                // everything else goes to the pool's connection
                            }
                        }
                        Object result;
                        try {
                            result = method.invoke(raw, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                        if (method.getParameterCount() == 0 && "commit".equals(method.getName())) {
                            state[2] = true;
                            sync(raw);
                        } else if (method.getParameterCount() == 0 && "rollback".equals(method.getName())) {
                            state[2] = true;
                        }
                        return result;
                    });
        }
    }

    /**
     * Hands jOOQ connections without auto-commit, so that a statement run outside a transaction is still atomic.
     * H2 2.5.252 keeps the row of an {@code INSERT … RETURNING} (rendered {@code SELECT … FROM FINAL TABLE (INSERT
     * …)}) whose foreign key is then found missing, even in auto-commit mode: here such a statement is rolled back
     * when it fails, and committed (and forced to disk) only when it worked. Transactions
     * ({@link ThreadLocalTransactionProvider}) commit or roll back themselves.
     */
    private final class AtomicStatements implements ConnectionProvider {
        private final Connections connections = new Connections();

        @Override
        public Connection acquire() {
            try {
                return connections.get();
            } catch (SQLException e) {
                throw failure(e);
            }
        }

        @Override
        public void release(Connection connection) {
            try {
                connection.close();
            } catch (SQLException e) {
                throw failure(e);
            }
        }
    }

    /** The connection's tracker, when it is one of ours (jOOQ wraps it). */
    private static Tracked tracked(ExecuteContext ctx) {
        try {
            Connection connection = ctx.connection();
            return connection != null && connection.isWrapperFor(Tracked.class) ? connection.unwrap(Tracked.class)
                    : null;
        } catch (SQLException e) {
            return null;
        }
    }

    private final class JooqTransactions implements Transactions {
        @Override
        public <T> T inTransaction(Callable<T> work) {
            try {
                return dsl.transactionResult(() -> work.call());
            } catch (RuntimeException e) {
                // A failed commit (its forced write) does not pass the query listener: classify it here.
                throw failure(e);
            }
        }
    }

    /**
     * Keeps the database off the JavaFX thread, notes writes and failures on the connection (which decide whether a
     * statement outside a transaction is committed), and turns storage failures into {@link DataProblem}s.
     */
    private final class Guard implements ExecuteListener {

        @Override
        public void start(ExecuteContext ctx) {
            if ("JavaFX Application Thread".equals(Thread.currentThread().getName())) {
                throw new IllegalStateException("the database must not be used on the JavaFX application thread");
            }
        }

        @Override
        public void executeEnd(ExecuteContext ctx) {
            boolean write = ctx.type() != ExecuteType.READ || ctx.query() instanceof Insert
                    || ctx.query() instanceof Update || ctx.query() instanceof Delete || ctx.query() instanceof Merge;
            if (!write) {
                return;
            }
            changes.incrementAndGet();
            Tracked tracked = tracked(ctx);
            if (tracked != null) {
                tracked.wrote();
            }
        }

        @Override
        public void exception(ExecuteContext ctx) {
            Tracked tracked = tracked(ctx);
            if (tracked != null) {
                tracked.failed();
            }
            Throwable thrown = ctx.sqlException() != null ? ctx.sqlException() : ctx.exception();
            RuntimeException problem = failure(thrown);
            if (problem instanceof DataProblem) {
                ctx.exception(problem);
            }
        }
    }
}
