package org.visitplanner.gui.common;

import org.visitplanner.logic.DataProblem;
import org.visitplanner.logic.i18n.Messages;

/** The sentence a user reads when something failed: never a stack trace. */
public final class Problems {
    private Problems() {
    }

    public static String describe(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof DataProblem problem) {
                return problem.userMessage();
            }
        }
        String detail = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        return Messages.get("problem.unexpected", detail);
    }
}
