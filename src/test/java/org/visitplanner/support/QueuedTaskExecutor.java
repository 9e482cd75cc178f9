package org.visitplanner.support;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import org.visitplanner.gui.common.TaskExecutor;

/**
 * The app's executor without threads, step by step: background work runs in the order it was asked for, and each
 * result is handed back later, as the window thread gets to it — possibly after the next piece of work already ran,
 * as with the real executor. A test decides when each step happens (at random, from a seed), so that it can act in
 * the window while work is still under way (a second drag before the first one is saved and shown).
 */
public final class QueuedTaskExecutor implements TaskExecutor {

    private final Deque<Runnable> work = new ArrayDeque<>();
    private final Deque<Runnable> results = new ArrayDeque<>();

    @Override
    public <T> void run(Callable<T> task, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        work.add(() -> {
            try {
                T result = task.call();
                results.add(() -> onSuccess.accept(result));
            } catch (Throwable failure) {
                results.add(() -> onFailure.accept(failure));
            }
        });
    }

    /** Does up to {@code steps} steps, each the next piece of work or the next result, chosen at random. */
    public void step(Random random, int steps) {
        for (int i = 0; i < steps && !idle(); i++) {
            boolean background = !work.isEmpty() && (results.isEmpty() || random.nextBoolean());
            (background ? work : results).poll().run();
        }
    }

    /** Runs everything asked for, and what that asks for in turn, until nothing is left. */
    public void drain() {
        while (!idle()) {
            (work.isEmpty() ? results : work).poll().run();
        }
    }

    public boolean idle() {
        return work.isEmpty() && results.isEmpty();
    }
}
