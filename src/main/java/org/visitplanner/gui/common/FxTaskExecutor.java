package org.visitplanner.gui.common;

import java.util.Queue;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import javafx.application.Platform;

/**
 * The app's background executor: one worker thread, so that writes happen in the order the user made them, and
 * results come back through {@link Platform#runLater}.
 *
 * <p>Work the user is not waiting for (automatic backups, start-up housekeeping) goes in a second lane,
 * {@link #runWhenIdle}: it runs on the same thread (H2 is not safe against a crash while two transactions write at
 * once, ADR 0014), one piece at a time, and only once the user's work has left the thread alone for
 * {@link #QUIET}: a backup never starts while the user is clicking around, and work the user asks for always goes
 * before the idle lane's.
 */
public final class FxTaskExecutor implements TaskExecutor, AutoCloseable {

    private static final AtomicInteger THREADS = new AtomicInteger();
    /** How long the user's work must have left the thread alone before idle work starts. */
    static final long QUIET = TimeUnit.SECONDS.toNanos(2);

    private final Queue<Runnable> idleWork = new ConcurrentLinkedQueue<>();
    private final AtomicInteger userWork = new AtomicInteger();
    private final AtomicBoolean idleRunning = new AtomicBoolean();
    private volatile long lastUserWork = System.nanoTime();
    private final ScheduledExecutorService idleGate = Executors.newSingleThreadScheduledExecutor(work -> {
        Thread thread = new Thread(work, "visit-planner-idle-gate");
        thread.setDaemon(true);
        return thread;
    });

    private final AtomicLong order = new AtomicLong();
    private final ThreadPoolExecutor workers = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
            new PriorityBlockingQueue<>(), work -> {
                Thread thread = new Worker(this, work);
                thread.setDaemon(true);
                return thread;
            });

    /** A thread of this executor (one at a time; a new one replaces a thread an Error ended). */
    private static final class Worker extends Thread {
        private final FxTaskExecutor owner;

        Worker(FxTaskExecutor owner, Runnable work) {
            super(work, "visit-planner-worker-" + THREADS.incrementAndGet());
            this.owner = owner;
        }
    }

    /** A queued piece of work: the user's first, then in the order given. */
    private record Job(boolean idle, long order, Runnable work) implements Runnable, Comparable<Job> {
        @Override
        public void run() {
            work.run();
        }

        @Override
        public int compareTo(Job other) {
            return idle != other.idle ? Boolean.compare(idle, other.idle) : Long.compare(order, other.order);
        }
    }

    /** Whether {@code thread} is this executor's worker: the data thread, when this is the app's data executor. */
    public boolean runsOn(Thread thread) {
        return thread instanceof Worker worker && worker.owner == this;
    }

    public FxTaskExecutor() {
        idleGate.scheduleWithFixedDelay(this::releaseIdleWork, 200, 200, TimeUnit.MILLISECONDS);
    }

    @Override
    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        userWork.incrementAndGet();
        lastUserWork = System.nanoTime();
        submit(false, () -> {
            try {
                T result = work.call();
                Platform.runLater(() -> onSuccess.accept(result));
            } catch (Exception failure) {
                Platform.runLater(() -> onFailure.accept(failure));
                // An Error (out of memory, a missing class) is no failure of the work to show in its place: it leaves
                // this thread for the uncaught-exception handler, which logs it and tells the user
                // (app.log.LastResort).
            } finally {
                lastUserWork = System.nanoTime();
                userWork.decrementAndGet();
            }
        });
    }

    /**
     * Runs {@code work} on the worker thread once the user's work has left it alone for a moment (it does not hand
     * anything back to the UI thread: {@code work} does that itself if it needs to).
     */
    public void runWhenIdle(Runnable work) {
        idleWork.add(work);
    }

    /** Hands the next piece of idle work to the worker when the user's work has been quiet long enough. */
    private void releaseIdleWork() {
        if (idleWork.isEmpty() || userWork.get() > 0 || System.nanoTime() - lastUserWork < QUIET
                || !idleRunning.compareAndSet(false, true)) {
            return;
        }
        Runnable next = idleWork.poll();
        if (next == null) {
            idleRunning.set(false);
            return;
        }
        submit(true, () -> {
            try {
                next.run();
            } finally {
                idleRunning.set(false);
            }
        });
    }

    private void submit(boolean idle, Runnable work) {
        try {
            workers.execute(new Job(idle, order.incrementAndGet(), work));
        } catch (RejectedExecutionException closing) {
            // The app is closing: a result that arrived after close() may still ask for more work (a view loading
            // its details); there is no one left to show it to.
        }
    }

    /** Lets queued writes finish (a few seconds at most) before the app exits; idle work not begun is dropped. */
    @Override
    public void close() {
        idleGate.shutdownNow();
        idleWork.clear();
        workers.getQueue().removeIf(job -> job instanceof Job queued && queued.idle());
        workers.shutdown();
        try {
            workers.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
