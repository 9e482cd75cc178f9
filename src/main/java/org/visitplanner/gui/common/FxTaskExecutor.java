package org.visitplanner.gui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import javafx.application.Platform;

/**
 * The app's background executor: one worker thread, so that writes happen in the order the user made them, and
 * results come back through {@link Platform#runLater}.
 */
public final class FxTaskExecutor implements TaskExecutor, AutoCloseable {

    private static final AtomicInteger THREADS = new AtomicInteger();

    private final ExecutorService workers = Executors.newSingleThreadExecutor(work -> {
        Thread thread = new Thread(work, "visit-planner-worker-" + THREADS.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });

    @Override
    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        try {
            workers.execute(() -> {
                try {
                    T result = work.call();
                    Platform.runLater(() -> onSuccess.accept(result));
                } catch (Throwable failure) {
                    Platform.runLater(() -> onFailure.accept(failure));
                }
            });
        } catch (RejectedExecutionException closing) {
            // The app is closing: a result that arrived after close() may still ask for more work (a view loading
            // its details); there is no one left to show it to.
        }
    }

    /** Lets queued writes finish (a few seconds at most) before the app exits. */
    @Override
    public void close() {
        workers.shutdown();
        try {
            workers.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
