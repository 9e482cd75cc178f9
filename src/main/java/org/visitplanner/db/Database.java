package org.visitplanner.db;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.ConnectionProvider;
import org.jooq.DSLContext;
import org.jooq.Delete;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.ExecuteType;
import org.jooq.Insert;
import org.jooq.Merge;
import org.jooq.Query;
import org.jooq.ResultQuery;
import org.jooq.SQLDialect;
import org.jooq.Update;
import org.jooq.conf.RenderNameCase;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConfiguration;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.jooq.impl.ThreadLocalTransactionProvider;
import org.postgresql.PGConnection;
import org.postgresql.ds.PGConnectionPoolDataSource;
import org.postgresql.util.PSQLException;
import org.visitplanner.logic.DataProblem;
import org.visitplanner.logic.Transactions;
import org.visitplanner.logic.security.FileCipher;
import org.visitplanner.logic.team.ChangeFeed;
import org.visitplanner.logic.team.TeamAddress;

/**
 * The open H2 database: a connection pool, the schema brought up to date by Flyway, and a jOOQ context whose
 * transactions are bound to the calling thread (so that repositories called inside {@link #transactions()} join
 * the same transaction).
 *
 * <p>Durability (docs/decisions/0014-durability-backups-and-failures.md): with {@code WRITE_DELAY=0} H2 writes a
 * commit to the file before the commit returns; then this class forces the file to the disk ({@code CHECKPOINT
 * SYNC}) after every committed write, so that an edit the user saw saved survives a crash and a power cut. A write
 * outside a transaction is its own transaction (see {@link AtomicStatements}). After a failed write (a full disk) H2
 * closes the database; the next use opens it again from the file, which holds every earlier commit. Every query
 * asserts it is not running on the JavaFX application thread, and, once {@link #confineWritesTo} named the data
 * thread, every write asserts it runs there (ADR 0014: two transactions writing at once are not safe against a
 * crash). Reads may run elsewhere; {@link Transactions#read} gives them one consistent snapshot.
 */
public final class Database implements AutoCloseable {

    static {
        H2Lockdown.apply();
        LibraryLogs.quiet();
    }

    /** The database's base name; H2 adds {@code .mv.db}. */
    public static final String FILE_BASE_NAME = "visit-planner";
    public static final String FILE_NAME = FILE_BASE_NAME + ".mv.db";

    private final Path directory;
    private final String location;
    private final Migrations.Engine engine;
    private final DSLContext dsl;
    private final Transactions transactions;
    private final AtomicLong changes = new AtomicLong();
    private final AtomicLong syncs = new AtomicLong();
    private volatile JdbcConnectionPool pool;
    /** Which thread may write; {@code null}: any (a command, a test, the data being opened). */
    private volatile Predicate<Thread> dataThread;
    /** The connection of the read snapshot the current thread is in, if any ({@link Transactions#read}). */
    private final ThreadLocal<Connection> snapshot = new ThreadLocal<>();
    /** Whether the current thread is inside {@link Transactions#inTransaction} (a read there joins it). */
    private final ThreadLocal<Boolean> inTransaction = ThreadLocal.withInitial(() -> false);
    private volatile FileKey key;
    private volatile boolean reopenNeeded;
    /** Where a team database's own connections come from (the change listener's); null for H2. */
    private volatile PGConnectionPoolDataSource teamSource;
    /** The server processes of this app's pool connections: their changes are shown already (ADR 0026). */
    private final Set<Integer> ownSessions = ConcurrentHashMap.newKeySet();
    /** Whether the user may only read this team database (known once, at connection). */
    private volatile boolean readOnly;
    /**
     * The pool whose H2 database a failed write (a full disk) left unusable: H2 2.5.252 then spins for ever at
     * 100 % CPU in {@code MVStore.registerVersionUsage} on the next statement of any of its sessions, a rollback
     * or a change of auto-commit included. Its connections are never used again, not even to be closed.
     */
    private volatile JdbcConnectionPool broken;
    /**
     * The backup in the backups folder whose data this file held when {@link #changes} was {@link #changesAtBackup},
     * or null: what lets the next start skip its backup when nothing was written since ({@link BackupStamp}).
     */
    private Path backedUpTo;
    private long changesAtBackup;

    private Database(Path directory, String location, JdbcConnectionPool pool, FileKey key) {
        this(directory, location, pool, key, Migrations.Engine.H2);
    }

    private Database(Path directory, String location, JdbcConnectionPool pool, FileKey key, Migrations.Engine engine) {
        this.directory = directory;
        this.location = location;
        this.pool = pool;
        this.key = key;
        this.engine = engine;
        DefaultConfiguration configuration = new DefaultConfiguration();
        if (engine == Migrations.Engine.POSTGRESQL) {
            // jOOQ's classes name tables and columns in capitals (generated from H2's scripts); PostgreSQL keeps the
            // unquoted names of the scripts in small letters.
            configuration.set(SQLDialect.POSTGRES);
            configuration.set(new Settings().withRenderNameCase(RenderNameCase.LOWER));
        } else {
            configuration.set(SQLDialect.H2);
        }
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
        // Taken after an upgrade could have rewritten the file, before the file is opened.
        Optional<Path> unchangedSince = BackupStamp.take(dataDirectory);
        Database database = new Database(dataDirectory, file.toString(), DatabaseFiles.connect(file, effective),
                effective);
        unchangedSince.ifPresent(backup -> database.backedUp(backup, 0));
        DataDirectory.secure(dataDirectory);
        return database;
    }

    /**
     * Connects to a team's PostgreSQL database and brings its schema up to date with the same migrations as an H2
     * file (PostgreSQL's own scripts only where the SQL must differ). {@code password} may be {@code null}: the
     * driver then takes it from {@code ~/.pgpass} (or {@code PGPASSFILE}); when the server wants one and none is
     * found, the problem says a password is needed ({@link DataProblem.Kind#WRONG_PASSWORD}). A schema newer than
     * this build's is refused ({@link DataProblem.Kind#NEWER_SCHEMA}) before anything is written.
     */
    public static Database team(TeamAddress address, char[] password) {
        String location = address.toString();
        PGConnectionPoolDataSource source = new PGConnectionPoolDataSource();
        source.setServerNames(new String[] {address.host()});
        source.setPortNumbers(new int[] {address.port()});
        source.setDatabaseName(address.database());
        source.setUser(address.user());
        boolean passwordGiven = password != null && password.length > 0;
        if (passwordGiven) {
            source.setPassword(new String(password));
        }
        source.setApplicationName("Visit Planner");
        source.setConnectTimeout(10);
        source.setTcpKeepAlive(true);
        JdbcConnectionPool pool = JdbcConnectionPool.create(source);
        try {
            try (Connection connection = pool.getConnection()) {
                connection.isValid(5);
            }
            TeamSchema.bringUpToDate(pool, location);
            Database database = new Database(null, location, pool, null, Migrations.Engine.POSTGRESQL);
            try (Connection connection = pool.getConnection()) {
                database.readOnly = TeamRoles.readsOnly(connection);
            }
            database.teamSource = source;
            return database;
        } catch (SQLException | RuntimeException e) {
            pool.dispose();
            PSQLException postgres = PostgresProblems.find(e);
            if (postgres != null) {
                throw PostgresProblems.classify(postgres, location, passwordGiven);
            }
            throw DataProblems.classify(e, location);
        }
    }

    /** The engine the data is kept in: the embedded H2 file, or a team's PostgreSQL server. */
    public Migrations.Engine engine() {
        return engine;
    }

    /** Whether the data is a team's shared PostgreSQL database (not a file of this computer). */
    public boolean isTeam() {
        return engine == Migrations.Engine.POSTGRESQL;
    }

    /**
     * Whether the user may only read the data: a team database whose role may change none of its tables (see
     * {@code team-setup --reader}), asked of the server once, when connecting. A write then fails with the sentence
     * {@code team.error.readOnly}; the window offers no edits. Always {@code false} for an H2 file.
     */
    public boolean isReadOnly() {
        return readOnly;
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

    /**
     * What tells this computer about colleagues' changes to a team database (LISTEN/NOTIFY on a connection of its
     * own, ADR 0026); {@code null} for an H2 file, which one person uses.
     */
    public ChangeFeed changeFeed() {
        PGConnectionPoolDataSource source = teamSource;
        if (source == null) {
            return null;
        }
        return new TeamChangeListener(source::getConnection, ownSessions::contains);
    }

    private void rememberOwnSession(Connection raw) {
        try {
            ownSessions.add(raw.unwrap(PGConnection.class).getBackendPID());
        } catch (SQLException e) {
            // Unknown: the window then reloads after its own changes too, which shows nothing new.
        }
    }

    /** Whether the file is encrypted. */
    public boolean isEncrypted() {
        return key != null;
    }

    FileKey key() {
        return key;
    }

    private FileKey cipherKey;
    private FileCipher cipher;

    /**
     * The cipher of the copies of attached files: {@code null} while the data has no password (see
     * {@link AttachmentKeys}). It follows the password when it changes.
     */
    public synchronized FileCipher attachmentCipher() {
        FileKey current = key;
        if (current == null || directory == null) {
            return null;
        }
        if (cipherKey != current) {
            cipher = AttachmentKeys.cipher(directory, current);
            cipherKey = current;
        }
        return cipher;
    }

    /**
     * From now on, a write started on a thread {@code dataThread} does not accept fails at once, before it reaches
     * the file, with an {@link IllegalStateException} naming the thread (a programming error, never the user's).
     * The window names its one data thread; a command the thread it runs on.
     */
    public void confineWritesTo(Predicate<Thread> dataThread) {
        this.dataThread = dataThread;
    }

    /** How many writes were made since the database was opened. */
    public long changeCount() {
        return changes.get();
    }

    /** How many times the file was forced to the disk (tests check that every commit is). */
    long syncCount() {
        return syncs.get();
    }

    /**
     * Records that {@code backup}, in the backups folder, holds this data as it was after {@code changesBefore}
     * changes ({@link #changeCount()} read before the backup began, on the data thread).
     */
    synchronized void backedUp(Path backup, long changesBefore) {
        backedUpTo = backup;
        changesAtBackup = changesBefore;
    }

    /** The backup in the backups folder that holds this data as it is now, if one is known. */
    synchronized Optional<Path> sameAsBackup() {
        return backedUpTo != null && changes.get() == changesAtBackup ? Optional.of(backedUpTo) : Optional.empty();
    }

    @Override
    public synchronized void close() {
        JdbcConnectionPool current = pool;
        pool = null;
        if (current != null) {
            // H2 closes the database when its last connection closes (an in-memory one then disappears).
            current.dispose();
            if (directory != null && broken == null) {
                sameAsBackup().ifPresent(backup -> BackupStamp.write(directory, backup));
            }
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
        backedUpTo = null; // the file is replaced or re-encrypted
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
                    // The connections still point to the database H2 closed; new ones open it from the file, found
                    // at its newest complete state first (see DatabaseFiles.recoverIfNotClosedCleanly).
                    if (pool == broken) {
                        BrokenDatabases.shutDown(pool);
                    } else {
                        pool.dispose();
                    }
                    DatabaseFiles.recoverIfNotClosedCleanly(DatabaseFiles.file(directory), key);
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
        markIfBroken(e);
        DataProblem problem = DataProblems.classify(e, location);
        if (problem.kind() != DataProblem.Kind.OTHER || e instanceof DataProblem) {
            return problem;
        }
        return e instanceof RuntimeException runtime ? runtime : problem;
    }

    /** After a failure that closed H2's database, its connections are left alone and the next use reopens it. */
    private void markIfBroken(Throwable e) {
        if (directory != null && DataProblems.closedTheDatabase(e, DatabaseFiles.file(directory))) {
            broken = pool;
            reopenNeeded = true;
        }
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

    /**
     * Hands jOOQ pool connections whose commit forces the file to the disk before it returns, and on which a write
     * run outside a transaction is still atomic and forced to disk.
     *
     * <p>H2 2.5.252 keeps the row of an {@code INSERT … RETURNING} (rendered {@code SELECT … FROM FINAL TABLE
     * (INSERT …)}) whose foreign key is then found missing, even in auto-commit mode. So a write outside a
     * transaction runs as its own transaction inside the statement's {@code execute}: committed and forced when it
     * worked, rolled back when it failed, and a failed commit (a full disk) fails the statement itself. Transactions
     * ({@link ThreadLocalTransactionProvider}) turn auto-commit off and commit themselves.
     */
    private final class AtomicStatements implements ConnectionProvider {

        @Override
        public Connection acquire() {
            Connection reading = snapshot.get();
            if (reading != null) {
                return reading;
            }
            try {
                JdbcConnectionPool owner = currentPool();
                Connection raw = owner.getConnection();
                if (teamSource != null) {
                    rememberOwnSession(raw);
                }
                return (Connection) Proxy.newProxyInstance(Database.class.getClassLoader(),
                        new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                            if (owner == broken) {
                                return afterBreakage(method);
                            }
                            if (method.getParameterCount() == 0 && "commit".equals(method.getName())) {
                                commitOrFail(raw);
                                return null;
                            }
                            Object result = invoke(method, raw, args);
                            if (result instanceof PreparedStatement statement && args != null
                                    && args.length > 0 && args[0] instanceof String sql
                                    && "prepareStatement".equals(method.getName())) {
                                return statement(PreparedStatement.class, statement, raw, owner, sql);
                            } else if (result instanceof Statement statement
                                    && "createStatement".equals(method.getName())) {
                                return statement(Statement.class, statement, raw, owner, null);
                            }
                            return result;
                        });
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

        /** A statement whose writes, outside a transaction, are atomic and forced to disk. */
        private <S extends Statement> S statement(Class<S> type, S statement, Connection raw,
                                                  JdbcConnectionPool owner, String preparedSql) {
            return type.cast(Proxy.newProxyInstance(Database.class.getClassLoader(), new Class<?>[] {type},
                    (proxy, method, args) -> {
                        if (owner == broken) {
                            return afterBreakage(method);
                        }
                        String sql = preparedSql != null ? preparedSql
                                : args != null && args.length > 0 && args[0] instanceof String text ? text : null;
                        boolean implicit = method.getName().startsWith("execute") && raw.getAutoCommit()
                                && (sql == null || writes(sql));
                        if (!implicit) {
                            return invoke(method, statement, args);
                        }
                        raw.setAutoCommit(false);
                        boolean usable = true;
                        try {
                            Object result = invoke(method, statement, args);
                            raw.commit();
                            sync(raw);
                            return result;
                        } catch (Throwable e) {
                            markIfBroken(e);
                            usable = owner != broken;
                            if (usable) {
                                rollbackQuietly(raw, e);
                            }
                            throw e;
                        } finally {
                            if (usable) {
                                raw.setAutoCommit(true);
                            }
                        }
                    }));
        }
    }

    /**
     * What a connection or a statement of a broken database answers: closing and rolling back are done (H2 kept
     * nothing of the failed transaction), anything else fails at once with the storage problem.
     */
    private Object afterBreakage(Method method) throws SQLException {
        switch (method.getName()) {
            case "close", "rollback", "setAutoCommit", "clearWarnings", "clearParameters", "clearBatch" -> {
                return null;
            }
            case "isClosed" -> {
                return true;
            }
            default -> throw new SQLException("the database was closed after a failed write", "08003");
        }
    }

    /** Whether the statement about to run may change data (known before it runs, from the query or its SQL). */
    private static boolean writes(ExecuteContext ctx) {
        if (ctx.routine() != null) {
            return true;
        }
        if (ctx.query() != null) {
            return writes(ctx.query());
        }
        for (Query query : ctx.batchQueries()) {
            if (writes(query)) {
                return true;
            }
        }
        return ctx.sql() != null && writes(ctx.sql());
    }

    private static boolean writes(Query query) {
        return !(query instanceof ResultQuery) || query instanceof Insert || query instanceof Update
                || query instanceof Delete || query instanceof Merge;
    }

    /** Whether {@code sql} may change data (a plain query does not; a data-change delta table does). */
    static boolean writes(String sql) {
        String text = sql.stripLeading().toLowerCase(Locale.ROOT);
        boolean query = text.startsWith("select") || text.startsWith("with") || text.startsWith("values")
                || text.startsWith("table") || text.startsWith("explain") || text.startsWith("show");
        return !query || text.contains("final table") || text.contains("new table") || text.contains("old table");
    }

    private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static void rollbackQuietly(Connection connection, Throwable failure) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    /**
     * Commits a transaction and forces it to disk; a failure (a full disk) reaches the caller as the user's problem
     * — jOOQ passes an unchecked exception from a commit on unchanged.
     */
    private void commitOrFail(Connection connection) {
        try {
            connection.commit();
            sync(connection);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private final class JooqTransactions implements Transactions {
        @Override
        public <T> T inTransaction(Callable<T> work) {
            if (snapshot.get() != null) {
                throw new IllegalStateException("a read snapshot writes nothing: start the transaction outside it");
            }
            boolean outer = !inTransaction.get();
            inTransaction.set(true);
            try {
                return dsl.transactionResult(() -> work.call());
            } catch (RuntimeException e) {
                // Problems of the work itself pass the query listener; this also names the rest (a full disk).
                throw failure(e);
            } finally {
                if (outer) {
                    inTransaction.remove();
                }
            }
        }

        /**
         * One connection in a snapshot-isolated transaction that is rolled back, never committed: every query of
         * {@code work} on this thread sees the data as it was at its first query, and nothing is written or forced
         * to disk from this thread (a commit stores every open transaction's rows, ADR 0014).
         */
        @Override
        public <T> T read(Callable<T> work) {
            if (snapshot.get() != null || inTransaction.get()) {
                return call(work);
            }
            JdbcConnectionPool owner = currentPool();
            try (Connection raw = owner.getConnection()) {
                // H2's REPEATABLE READ fixes each table at its first read only; SNAPSHOT fixes them all at once.
                // PostgreSQL's REPEATABLE READ is that snapshot already (and it has no level called SNAPSHOT).
                isolation(raw, isTeam() ? "REPEATABLE READ" : "SNAPSHOT");
                raw.setAutoCommit(false);
                snapshot.set(snapshotConnection(raw));
                try {
                    return call(work);
                } finally {
                    snapshot.remove();
                    if (owner != broken) {
                        raw.rollback();
                        raw.setAutoCommit(true);
                        isolation(raw, "READ COMMITTED");
                    }
                }
            } catch (SQLException | RuntimeException e) {
                throw failure(e);
            }
        }

        private <T> T call(Callable<T> work) {
            try {
                return work.call();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static void isolation(Connection connection, String level) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL " + level);
        }
    }

    /** The snapshot's connection as jOOQ gets it: closed by {@link Transactions#read} only, never committed. */
    private static Connection snapshotConnection(Connection raw) {
        return (Connection) Proxy.newProxyInstance(Database.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "close" -> null;
                    case "commit" -> throw new IllegalStateException("a read snapshot writes nothing");
                    default -> invoke(method, raw, args);
                });
    }

    /**
     * Keeps the database off the JavaFX thread, counts writes, and turns storage failures into {@link DataProblem}s.
     */
    private final class Guard implements ExecuteListener {

        @Override
        public void start(ExecuteContext ctx) {
            Thread thread = Thread.currentThread();
            if ("JavaFX Application Thread".equals(thread.getName())) {
                throw new IllegalStateException("the database must not be used on the JavaFX application thread");
            }
            if (writes(ctx)) {
                Predicate<Thread> confined = dataThread;
                if (confined != null && !confined.test(thread)) {
                    throw new IllegalStateException("a write started on " + thread.getName()
                            + ", not on the data thread (docs/decisions/0014 and 0023)");
                }
                if (snapshot.get() != null) {
                    throw new IllegalStateException("a read snapshot writes nothing");
                }
            }
        }

        @Override
        public void executeEnd(ExecuteContext ctx) {
            boolean write = ctx.type() != ExecuteType.READ || ctx.query() instanceof Insert
                    || ctx.query() instanceof Update || ctx.query() instanceof Delete || ctx.query() instanceof Merge;
            if (write) {
                changes.incrementAndGet();
            }
        }

        @Override
        public void exception(ExecuteContext ctx) {
            Throwable thrown = ctx.sqlException() != null ? ctx.sqlException() : ctx.exception();
            RuntimeException problem = failure(thrown);
            if (problem instanceof DataProblem) {
                ctx.exception(problem);
            }
        }
    }
}
