package org.visitplanner.gui.common;

import java.time.Clock;
import java.time.Duration;

/**
 * Runs an action later on the UI thread, and tells the time. The app uses JavaFX timers; tests use a scheduler whose
 * clock they move by hand, so that timing behaviour (autosave, search-as-you-type) is tested without sleeping.
 */
public interface Scheduler {

    /** A scheduled action that has not run yet can be cancelled. */
    @FunctionalInterface
    interface Cancellable {
        void cancel();
    }

    Clock clock();

    Cancellable schedule(Duration delay, Runnable action);
}
