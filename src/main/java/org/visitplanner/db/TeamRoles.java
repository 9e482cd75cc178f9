package org.visitplanner.db;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.postgresql.util.PSQLException;

/**
 * The roles of a team database ({@code team-setup}): editors read and change the data, readers only read it. Roles
 * that do not exist are created able to log in, without a password (the administrator sets it with PostgreSQL's own
 * tools: a password never passes through a command line); existing roles keep their attributes and get the grants.
 * Everything is one transaction, and running it again changes nothing.
 *
 * <p>Grants cover the tables and sequences there now and, through default privileges, those a later migration
 * creates, when the migration runs as the same user as this set-up (the user a new version is first started as).
 */
public final class TeamRoles {

    /** What a role may do. */
    public enum Access {
        /** Reads and changes the data (and, through the search queue's triggers, adds to the queue). */
        EDITOR,
        /** Reads only: SELECT on every table, nothing else. */
        READER
    }

    /** What was done for one role: whether it was created, and with which access. */
    public record Result(String role, Access access, boolean created) {
    }

    /**
     * A name PostgreSQL takes as a role (quoted, so its case is kept): a letter or {@code _}, then letters, digits,
     * {@code _}, {@code .}, {@code -} or {@code $}; at most 63 bytes (PostgreSQL's limit, beyond which it cuts).
     */
    private static final Pattern ROLE_NAME = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_.$-]*");
    private static final int MAX_NAME_BYTES = 63;
    /** Names PostgreSQL keeps for itself (a role may not be called so). */
    private static final Set<String> RESERVED = Set.of("public", "none", "current_user", "current_role",
            "session_user", "user", "all");

    private static final String FLYWAY_HISTORY = "flyway_schema_history";

    private TeamRoles() {
    }

    /** Whether {@code name} may be given as a role: see {@link #ROLE_NAME}; not reserved, not {@code pg_…}. */
    public static boolean isRoleName(String name) {
        return name != null && ROLE_NAME.matcher(name).matches()
                && name.getBytes(StandardCharsets.UTF_8).length <= MAX_NAME_BYTES
                && !RESERVED.contains(name.toLowerCase(Locale.ROOT))
                && !name.toLowerCase(Locale.ROOT).startsWith("pg_");
    }

    /** Thrown when a role asked for cannot have what was asked (the set-up changed nothing). */
    public static final class Refused extends RuntimeException {
        private final String key;
        private final transient Object[] args;

        Refused(String key, Object... args) {
            super(key);
            this.key = key;
            this.args = args;
        }

        /** The bundle key of the sentence to show. */
        public String key() {
            return key;
        }

        public Object[] args() {
            return args.clone();
        }
    }

    /**
     * Creates the roles missing and grants {@code editors} and {@code readers} their access to the team database's
     * tables, in one transaction. Names must pass {@link #isRoleName} (checked again here). A role that is the user
     * running this, or a superuser given as a reader (a superuser cannot be kept to reading), is {@link Refused};
     * so is a user not allowed to create roles or grant access ({@code team.setup.notAllowed}).
     */
    public static List<Result> setUp(Database database, List<String> editors, List<String> readers) {
        if (!database.isTeam()) {
            throw new IllegalArgumentException("roles belong to a team database");
        }
        for (String name : concat(editors, readers)) {
            if (!isRoleName(name)) {
                throw new Refused("team.setup.badName", String.valueOf(name));
            }
        }
        Set<String> both = new LinkedHashSet<>(editors);
        both.retainAll(readers);
        if (!both.isEmpty()) {
            throw new Refused("team.setup.both", both.iterator().next());
        }
        return database.withConnection(connection -> {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                List<Result> results = setUp(connection, database.location(), editors, readers);
                connection.commit();
                return results;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                PSQLException postgres = PostgresProblems.find(e);
                if (postgres != null && "42501".equals(postgres.getSQLState())) {
                    throw new Refused("team.setup.notAllowed", currentUser(connection), database.location());
                }
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        });
    }

    private static String currentUser(Connection connection) {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT current_user")) {
            return row.next() ? row.getString(1) : "?";
        } catch (SQLException e) {
            return "?";
        }
    }

    private static List<Result> setUp(Connection connection, String location, List<String> editors,
                                      List<String> readers) throws SQLException {
        String databaseName;
        String schema;
        String me;
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(
                     "SELECT quote_ident(current_database()), quote_ident(current_schema()), current_user")) {
            row.next();
            databaseName = row.getString(1);
            schema = row.getString(2);
            me = row.getString(3);
        }
        List<Result> results = new ArrayList<>();
        for (String name : editors) {
            results.add(role(connection, name, Access.EDITOR, me));
        }
        for (String name : readers) {
            results.add(role(connection, name, Access.READER, me));
        }
        for (Result result : results) {
            String role = quoted(result.role());
            execute(connection, "GRANT CONNECT ON DATABASE " + databaseName + " TO " + role);
            execute(connection, "GRANT USAGE ON SCHEMA " + schema + " TO " + role);
            if (result.access() == Access.EDITOR) {
                grantEditor(connection, schema, role);
            } else {
                grantReader(connection, schema, role);
            }
        }
        return results;
    }

    /** The role {@code name}, created (able to log in, no password yet) when it does not exist. */
    private static Result role(Connection connection, String name, Access access, String me) throws SQLException {
        if (name.equals(me)) {
            throw new Refused("team.setup.self", name);
        }
        Boolean superuser = null;
        try (PreparedStatement find = connection.prepareStatement("SELECT rolsuper FROM pg_roles WHERE rolname = ?")) {
            find.setString(1, name);
            try (ResultSet row = find.executeQuery()) {
                if (row.next()) {
                    superuser = row.getBoolean(1);
                }
            }
        }
        if (superuser == null) {
            execute(connection, "CREATE ROLE " + quoted(name) + " LOGIN");
            return new Result(name, access, true);
        }
        if (superuser && access == Access.READER) {
            throw new Refused("team.setup.superuserReader", name);
        }
        return new Result(name, access, false);
    }

    /**
     * Reading and changing every table (but Flyway's history, which only a migration writes), the sequences behind
     * the ids, and the functions the search queue's triggers call; the same for what later migrations create.
     */
    private static void grantEditor(Connection connection, String schema, String role) throws SQLException {
        execute(connection, "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA " + schema + " TO " + role);
        if (historyExists(connection)) {
            execute(connection, "REVOKE INSERT, UPDATE, DELETE ON " + schema + "." + FLYWAY_HISTORY + " FROM "
                    + role);
        }
        // UPDATE: a copy into the team database (copy-to) moves the id counters past the ids it copied.
        execute(connection, "GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA " + schema + " TO " + role);
        execute(connection, "GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA " + schema + " TO " + role);
        execute(connection, "ALTER DEFAULT PRIVILEGES IN SCHEMA " + schema
                + " GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO " + role);
        execute(connection, "ALTER DEFAULT PRIVILEGES IN SCHEMA " + schema
                + " GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO " + role);
        execute(connection, "ALTER DEFAULT PRIVILEGES IN SCHEMA " + schema + " GRANT EXECUTE ON FUNCTIONS TO " + role);
    }

    /**
     * Reading every table, and nothing else: what the role could change before (it was an editor) is taken back, so
     * that {@code --reader} always leaves a role that only reads (rights it has through other roles are its own).
     */
    private static void grantReader(Connection connection, String schema, String role) throws SQLException {
        execute(connection, "GRANT SELECT ON ALL TABLES IN SCHEMA " + schema + " TO " + role);
        execute(connection, "REVOKE INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON ALL TABLES IN SCHEMA "
                + schema + " FROM " + role);
        execute(connection, "REVOKE USAGE, UPDATE ON ALL SEQUENCES IN SCHEMA " + schema + " FROM " + role);
        execute(connection, "ALTER DEFAULT PRIVILEGES IN SCHEMA " + schema + " GRANT SELECT ON TABLES TO " + role);
        execute(connection, "ALTER DEFAULT PRIVILEGES IN SCHEMA " + schema
                + " REVOKE INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON TABLES FROM " + role);
        execute(connection, "ALTER DEFAULT PRIVILEGES IN SCHEMA " + schema
                + " REVOKE USAGE, UPDATE ON SEQUENCES FROM " + role);
    }

    private static boolean historyExists(Connection connection) throws SQLException {
        try (PreparedStatement find = connection.prepareStatement(
                "SELECT 1 FROM pg_tables WHERE schemaname = current_schema() AND tablename = ?")) {
            find.setString(1, FLYWAY_HISTORY);
            try (ResultSet row = find.executeQuery()) {
                return row.next();
            }
        }
    }

    /** A role's name as an SQL identifier: in double quotes, a double quote doubled (the name keeps its case). */
    static String quoted(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /**
     * Whether the user connected through {@code connection} may only read the data: it may change none of the
     * tables, or the server accepts only reading (a standby, {@code default_transaction_read_only}).
     */
    static boolean readsOnly(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT current_setting('transaction_read_only') = 'on' "
                     + "OR NOT EXISTS (SELECT 1 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                     + "WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') "
                     + "AND c.relname <> '" + FLYWAY_HISTORY + "' "
                     + "AND has_table_privilege(c.oid, 'INSERT, UPDATE, DELETE'))")) {
            return row.next() && row.getBoolean(1);
        }
    }
}
