package org.visitplanner.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.IntPredicate;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.visitplanner.logic.team.ChangeFeed;

/**
 * Listens on a connection of its own (never one of the pool's, which the data thread uses) for the notifications the
 * team database's triggers send at each commit (V12: channel {@value #CHANNEL}, payload {@code table:pid}), and
 * hands the tables changed by other sessions to its consumer on its own thread. A burst (a save is several
 * statements, an import thousands) is gathered for {@link #GATHER_MS} ms into one call. When the server goes away it
 * connects again quietly, waiting a little longer each time, and then reports {@link #ANYTHING}: what changed
 * meanwhile is unknown.
 */
public final class TeamChangeListener implements ChangeFeed {

    /** The channel of V12's notifications. */
    public static final String CHANNEL = "visit_planner_changes";
    /** The table name reported when changes may have been missed (after a reconnection). */
    public static final String ANYTHING = ChangeFeed.ANYTHING;
    static final int GATHER_MS = 50;
    private static final int POLL_MS = 250;
    private static final int CHECK_IDLE_MS = 10_000;
    private static final int MAX_RETRY_MS = 10_000;
    private static final Logger LOG = LoggerFactory.getLogger(TeamChangeListener.class);

    /** Opens a connection to the team database. */
    @FunctionalInterface
    public interface Connector {
        Connection connect() throws SQLException;
    }

    private final Connector connector;
    private final IntPredicate ownSession;
    private final Object lock = new Object();
    private volatile boolean closed;
    private Thread thread;

    /** {@code ownSession} tells the backend pids of this app's own connections, whose changes are not reported. */
    public TeamChangeListener(Connector connector, IntPredicate ownSession) {
        this.connector = connector;
        this.ownSession = ownSession;
    }

    @Override
    public synchronized void start(Consumer<Set<String>> changed) {
        if (thread != null) {
            throw new IllegalStateException("already listening");
        }
        thread = new Thread(() -> run(changed), "visit-planner-changes");
        thread.setDaemon(true);
        thread.start();
    }

    private void run(Consumer<Set<String>> changed) {
        int retryMs = 500;
        boolean missed = false;
        while (!closed) {
            try (Connection connection = connector.connect()) {
                try (Statement listen = connection.createStatement()) {
                    listen.execute("LISTEN " + CHANNEL);
                }
                if (missed) {
                    LOG.info("Listening again for colleagues' changes");
                    deliver(changed, Set.of(ANYTHING));
                }
                retryMs = 500;
                missed = false;
                listen(connection.unwrap(PGConnection.class), connection, changed);
            } catch (SQLException | RuntimeException e) {
                if (closed) {
                    break;
                }
                if (!missed) {
                    // Once per outage: the window goes on working and shows others' changes when it is back.
                    LOG.info("Not listening for colleagues' changes for now: {}", e.getMessage());
                }
                missed = true;
                pause(retryMs);
                retryMs = Math.min(MAX_RETRY_MS, retryMs * 2);
            }
        }
    }

    private void listen(PGConnection notifications, Connection connection, Consumer<Set<String>> changed)
            throws SQLException {
        long quietSince = System.nanoTime();
        while (!closed) {
            PGNotification[] arrived = notifications.getNotifications(POLL_MS);
            if (arrived == null || arrived.length == 0) {
                if ((System.nanoTime() - quietSince) / 1_000_000 > CHECK_IDLE_MS) {
                    // A server gone without a word (a cable pulled) shows only when asked.
                    if (!connection.isValid(5)) {
                        throw new SQLException("the team database does not answer");
                    }
                    quietSince = System.nanoTime();
                }
                continue;
            }
            Set<String> tables = new HashSet<>();
            add(arrived, tables);
            PGNotification[] more = notifications.getNotifications(GATHER_MS);
            while (more != null && more.length > 0) {
                add(more, tables);
                more = notifications.getNotifications(GATHER_MS);
            }
            quietSince = System.nanoTime();
            if (!tables.isEmpty()) {
                deliver(changed, Set.copyOf(tables));
            }
        }
    }

    private void add(PGNotification[] arrived, Set<String> tables) {
        for (PGNotification notification : arrived) {
            if (!CHANNEL.equals(notification.getName())) {
                continue;
            }
            String payload = notification.getParameter();
            int colon = payload.lastIndexOf(':');
            String table = colon < 0 ? payload : payload.substring(0, colon);
            int pid = notification.getPID();
            if (!ownSession.test(pid)) {
                tables.add(table);
            }
        }
    }

    private void deliver(Consumer<Set<String>> changed, Set<String> tables) {
        try {
            changed.accept(tables);
        } catch (RuntimeException e) {
            LOG.warn("Showing colleagues' changes failed", e);
        }
    }

    private void pause(int millis) {
        synchronized (lock) {
            if (!closed) {
                try {
                    lock.wait(millis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    closed = true;
                }
            }
        }
    }

    @Override
    public void close() {
        Thread running;
        synchronized (this) {
            closed = true;
            running = thread;
        }
        synchronized (lock) {
            lock.notifyAll();
        }
        if (running != null && running != Thread.currentThread()) {
            try {
                running.join(2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
