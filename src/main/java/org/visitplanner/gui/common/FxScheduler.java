package org.visitplanner.gui.common;

import java.time.Clock;
import java.time.Duration;

import javafx.animation.PauseTransition;

/** {@link Scheduler} on JavaFX timers: actions run on the FX application thread. */
public final class FxScheduler implements Scheduler {

    private final Clock clock = Clock.systemDefaultZone();

    @Override
    public Clock clock() {
        return clock;
    }

    /** Must be called on the FX application thread. */
    @Override
    public Cancellable schedule(Duration delay, Runnable action) {
        PauseTransition pause = new PauseTransition(javafx.util.Duration.millis(Math.max(1, delay.toMillis())));
        pause.setOnFinished(event -> action.run());
        pause.play();
        return pause::stop;
    }
}
