package org.visitplanner.logic.check;

import org.visitplanner.logic.i18n.Messages;

/**
 * What is wrong with a value the user typed (or a CSV cell): an error keeps it from being saved, a warning does not.
 *
 * @param message the sentence shown next to the field, in the current language
 */
public record FieldProblem(Severity severity, String message) {

    public enum Severity { ERROR, WARNING }

    public static FieldProblem error(String key, Object... args) {
        return new FieldProblem(Severity.ERROR, Messages.get(key, args));
    }

    public static FieldProblem warning(String key, Object... args) {
        return new FieldProblem(Severity.WARNING, Messages.get(key, args));
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
