package org.visitplanner.db;

import java.sql.Connection;
import java.sql.SQLException;

import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * Closes an H2 database that a failed write left unusable without running a statement on it: after a full disk,
 * H2 2.5.252 spins for ever in {@code MVStore.registerVersionUsage} on the next statement of any of its sessions,
 * and closing a connection normally rolls back first. The database is shut down the way H2 does after a power
 * failure ({@code shutdownImmediately}: files closed, nothing more written), so that the next connection opens the
 * file again, which holds every commit made before the failure.
 */
final class BrokenDatabases {

    private BrokenDatabases() {
    }

    static void shutDown(JdbcConnectionPool pool) {
        try {
            // A new connection of the pool is a new session of the same (broken) database; opening one runs
            // nothing, and it is never closed (closing rolls back, which would spin).
            Connection connection = pool.getConnection();
            if (connection.isWrapperFor(JdbcConnection.class)
                    && connection.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal session) {
                session.getDatabase().shutdownImmediately();
            }
        } catch (SQLException | RuntimeException e) {
            // H2 already closed it, or cannot make a session of it any more: nothing left to shut down.
        }
    }
}
