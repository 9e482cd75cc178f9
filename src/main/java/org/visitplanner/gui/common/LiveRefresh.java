package org.visitplanner.gui.common;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.visitplanner.logic.team.ChangeFeed;

/**
 * Shows colleagues' changes of a team database without reloading: each change the feed reports moves, on the JavaFX
 * thread, the revisions of the {@link DataArea areas} that read the tables it names, so that only their views reload,
 * the way they do after the user's own edits (the week, the directory, people, an open meeting record, whose note
 * being typed is kept). While one refresh waits for the JavaFX thread, further changes join it rather than queue
 * more: their tables are gathered and refreshed together.
 */
public final class LiveRefresh implements AutoCloseable {

    private final ChangeFeed feed;
    private final Executor fxThread;
    private final Supplier<AppState> state;
    /** The tables changed since the waiting refresh was handed to the JavaFX thread; null when none waits. */
    private final AtomicReference<Set<String>> waiting = new AtomicReference<>();

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
        if (tables.isEmpty()) {
            return;
        }
        Set<String> joined = waiting.getAndUpdate(gathered -> {
            Set<String> all = gathered == null ? new HashSet<>() : new HashSet<>(gathered);
            all.addAll(tables);
            return all;
        });
        if (joined != null) {
            return; // a refresh waits already and takes these tables too
        }
        fxThread.execute(() -> {
            Set<String> changed = waiting.getAndSet(null);
            AppState shown = state.get();
            if (shown != null && changed != null) {
                shown.dataChanged(changed);
            }
        });
    }

    @Override
    public void close() {
        feed.close();
    }
}
