package org.visitplanner.app.log;

import java.util.function.Consumer;

import org.visitplanner.logic.UnexpectedFailures;

/**
 * What happens to a failure no code caught, on any thread (the JavaFX thread, the data thread, a timer): it is
 * written to the log with its stack, and the user reads one sentence saying where the details are. An
 * {@link Error} thrown by work on the data thread ends here too, rather than in that work's ordinary failure handler.
 */
public final class LastResort {

    private LastResort() {
    }

    /**
     * Makes every thread's uncaught failures go to the log and then to {@code tellUser} (called on the failing
     * thread; it must hand the sentence to the UI thread itself). Returns what was installed before, to put back.
     */
    public static Thread.UncaughtExceptionHandler install(Consumer<String> tellUser) {
        Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((thread, failure) -> {
            String sentence = UnexpectedFailures.record("Uncaught on thread " + thread.getName(), failure);
            tellUser.accept(sentence);
        });
        return before;
    }
}
