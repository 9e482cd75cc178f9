package org.visitplanner.gui.common;

import java.time.Duration;
import java.time.Instant;

/**
 * Runs an action once things have been quiet for a while, but never later than {@code maxWait} after the first
 * trigger: typing that never pauses is still saved regularly. Used on the UI thread.
 */
public final class Debouncer {

    private final Scheduler scheduler;
    private final Duration quiet;
    private final Duration maxWait;
    private final Runnable action;
    private Instant firstTrigger;
    private Scheduler.Cancellable pending;

    public Debouncer(Scheduler scheduler, Duration quiet, Duration maxWait, Runnable action) {
        this.scheduler = scheduler;
        this.quiet = quiet;
        this.maxWait = maxWait;
        this.action = action;
    }

    /** Something changed: (re)starts the quiet period. */
    public void trigger() {
        Instant now = scheduler.clock().instant();
        if (firstTrigger == null) {
            firstTrigger = now;
        }
        Instant quietEnd = now.plus(quiet);
        Instant latest = firstTrigger.plus(maxWait);
        Instant due = quietEnd.isBefore(latest) ? quietEnd : latest;
        cancelPending();
        pending = scheduler.schedule(Duration.between(now, due), this::fire);
    }

    /** Forgets a pending run (the caller runs the action itself, or it is no longer wanted). */
    public void cancel() {
        cancelPending();
        firstTrigger = null;
    }

    private void cancelPending() {
        if (pending != null) {
            pending.cancel();
            pending = null;
        }
    }

    public boolean isPending() {
        return pending != null;
    }

    private void fire() {
        pending = null;
        firstTrigger = null;
        action.run();
    }
}
