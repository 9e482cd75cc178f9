package org.visitplanner.logic.backup;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Automatic backups while the app runs: one on start unless a backup already holds the data as it is, then one
 * after edits, at most every {@link #INTERVAL}. The backups themselves run on the executor given (the app's one data
 * thread, so that a backup never interleaves with an edit); this class only decides when.
 */
public final class AutoBackup implements AutoCloseable {

    public static final Duration INTERVAL = Duration.ofMinutes(30);
    private static final Duration CHECK_EVERY = Duration.ofMinutes(1);

    /** Hears how each automatic backup went (on the data thread). */
    public interface Listener {
        void backedUp(Backup backup);

        void failed(RuntimeException problem);
    }

    private final BackupService backups;
    private final Executor dataThread;
    private final Clock clock;
    private final Listener listener;
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(work -> {
        Thread thread = new Thread(work, "visit-planner-auto-backup");
        thread.setDaemon(true);
        return thread;
    });

    private volatile Instant lastBackup;
    private volatile long changesAtLastBackup = -1;
    private volatile boolean running;

    public AutoBackup(BackupService backups, Executor dataThread, Clock clock, Listener listener) {
        this.backups = backups;
        this.dataThread = dataThread;
        this.clock = clock;
        this.listener = listener;
    }

    /**
     * Backs up now — unless a backup holds the data as it is (opening a large archive only to read it would
     * otherwise copy it whole at every start) — then checks every minute whether edits call for another backup.
     */
    public void start() {
        running = true;
        dataThread.execute(() -> backups.sameAsData().ifPresentOrElse(same -> {
            changesAtLastBackup = backups.changeCount();
            lastBackup = same.created();
            running = false;
        }, this::backUp));
        ticker.scheduleWithFixedDelay(this::check, CHECK_EVERY.toSeconds(), CHECK_EVERY.toSeconds(),
                TimeUnit.SECONDS);
    }

    /** Backs up when the data changed since the last backup and that backup is {@link #INTERVAL} old. */
    void check() {
        Instant last = lastBackup;
        if (running || last == null || backups.changeCount() == changesAtLastBackup) {
            return;
        }
        if (!clock.instant().isBefore(last.plus(INTERVAL))) {
            backUpNow();
        }
    }

    private void backUpNow() {
        running = true;
        dataThread.execute(this::backUp);
    }

    /** Makes a backup (on the data thread). */
    private void backUp() {
        try {
            long changes = backups.changeCount();
            Backup backup = backups.backUp(BackupKind.AUTO);
            changesAtLastBackup = changes;
            lastBackup = clock.instant();
            listener.backedUp(backup);
        } catch (RuntimeException problem) {
            // Try again at the next check rather than at once: the cause (a full disk) rarely goes in a minute.
            lastBackup = clock.instant().minus(INTERVAL);
            listener.failed(problem);
        } finally {
            running = false;
        }
    }

    @Override
    public void close() {
        ticker.shutdownNow();
    }
}
