package org.visitplanner.gui.common;

import java.util.concurrent.atomic.AtomicBoolean;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.visitplanner.logic.documents.Progress;

/**
 * The long pieces of work the user started and is waiting for (a backup, an import, an export), in the order they
 * will run: the status bar shows the first with its progress, and a Cancel button when the work can be stopped.
 * Work is started with {@link #start} and ended with {@link Job#finish()} whatever its outcome.
 */
public final class LongWork {

    private final ObservableList<Job> jobs = FXCollections.observableArrayList();
    /** Kept: the read-only view listens to {@link #jobs} weakly, and its listeners would go with it. */
    private final ObservableList<Job> readOnlyJobs = FXCollections.unmodifiableObservableList(jobs);

    /** The work running and waiting, first the one running; changed on the UI thread only. */
    public ObservableList<Job> jobs() {
        return readOnlyJobs;
    }

    /** Starts showing a piece of work called {@code title} (call on the UI thread). */
    public Job start(String title, boolean cancellable) {
        Job job = new Job(title, cancellable);
        jobs.add(job);
        return job;
    }

    /**
     * One piece of long work. It is also the {@link Progress} the work reports to and asks whether it was
     * cancelled (from any thread).
     */
    public final class Job implements Progress {
        private final String title;
        private final boolean cancellable;
        private final AtomicBoolean cancelled = new AtomicBoolean();
        private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);

        private Job(String title, boolean cancellable) {
            this.title = title;
            this.cancellable = cancellable;
        }

        public String title() {
            return title;
        }

        /** Whether the work checks for {@link #cancel()} and stops (the others run to their end). */
        public boolean cancellable() {
            return cancellable;
        }

        /** How far the work is, 0 to 1, or -1 while it cannot say. */
        public ReadOnlyDoubleProperty progressProperty() {
            return progress.getReadOnlyProperty();
        }

        /** Asks the work to stop; it ends with a cancellation at its next step. */
        public void cancel() {
            if (cancellable) {
                cancelled.set(true);
            }
        }

        @Override
        public boolean cancelled() {
            return cancelled.get();
        }

        @Override
        public void update(int done, int total) {
            double value = total <= 0 ? -1 : Math.min(1, (double) done / total);
            if (Platform.isFxApplicationThread()) {
                progress.set(value);
                return;
            }
            try {
                Platform.runLater(() -> progress.set(value));
            } catch (IllegalStateException noToolkit) {
                progress.set(value); // no JavaFX running (a view-model test): no UI thread to hand it to
            }
        }

        /** The work ended (done, failed or cancelled): it leaves the status bar (call on the UI thread). */
        public void finish() {
            jobs.remove(this);
        }
    }
}
