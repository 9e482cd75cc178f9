package org.visitplanner.support;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

import org.visitplanner.gui.common.TaskExecutor;

/** Runs "background" work at once on the calling thread, so view-model tests need neither threads nor JavaFX. */
public final class CurrentThreadTaskExecutor implements TaskExecutor {
    @Override
    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Throwable failure) {
            onFailure.accept(failure);
            return;
        }
        onSuccess.accept(result);
    }
}
