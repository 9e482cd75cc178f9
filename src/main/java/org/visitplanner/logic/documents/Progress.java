package org.visitplanner.logic.documents;

import java.util.concurrent.CancellationException;

/** Reports how far a long document is and lets the user cancel it. */
public interface Progress {

    /** Nobody watches and nobody cancels. */
    Progress NONE = new Progress() {
        @Override
        public void update(int done, int total) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    /** {@code done} of {@code total} steps (sections, pages) are finished. */
    void update(int done, int total);

    boolean cancelled();

    /** Stops the work when the user cancelled it. */
    default void checkCancelled() {
        if (cancelled()) {
            throw new CancellationException();
        }
    }
}
