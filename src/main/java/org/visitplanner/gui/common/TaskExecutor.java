package org.visitplanner.gui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs work off the JavaFX thread and hands its result back on it. View-models do all database work through this;
 * tests use an executor that runs everything on the calling thread.
 */
public interface TaskExecutor {

    /**
     * Runs {@code work} in the background, then {@code onSuccess} with its result, or {@code onFailure} with what it
     * threw, on the UI thread.
     */
    <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure);
}
