package org.visitplanner.gui.common;

import org.visitplanner.logic.UnexpectedFailures;

/** The sentence a user reads when something failed: never a stack trace (that goes to the log). */
public final class Problems {
    private Problems() {
    }

    public static String describe(Throwable failure) {
        return UnexpectedFailures.describe(failure);
    }
}
