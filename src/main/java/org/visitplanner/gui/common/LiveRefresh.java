package org.visitplanner.gui.common;

import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import org.visitplanner.logic.team.ChangeFeed;

/**
 * Shows colleagues' changes of a team database without reloading: each change the feed reports moves the window's
 * data revision on the JavaFX thread, so that every view reloads the way it does after the user's own edits (the
 * week, the directory, people, an open meeting record, whose note being typed is kept). While one refresh waits for
 * the JavaFX thread, further changes join it rather than queue more.
 */
public final class LiveRefresh implements AutoCloseable {

    private final ChangeFeed feed;
    private final Executor fxThread;
    private final Supplier<AppState> state;
    private final AtomicBoolean waiting = new AtomicBoolean();

    /** {@code state} is the window's current state (a new one after a change of language); null: none shown. */
    public LiveRefresh(ChangeFeed feed, Executor fxThread, Supplier<AppState> state) {
        this.feed = feed;
        this.fxThread = fxThread;
        this.state = state;
    }

    /** Starts following the feed. */
    public void start() {
        feed.start(this::changed);
    }

    private void changed(Set<String> tables) {
        if (tables.isEmpty() || !waiting.compareAndSet(false, true)) {
            return;
        }
        fxThread.execute(() -> {
            waiting.set(false);
            AppState shown = state.get();
            if (shown != null) {
                shown.dataChanged();
            }
        });
    }

    @Override
    public void close() {
        feed.close();
    }
}
