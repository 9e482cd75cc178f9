package org.visitplanner.logic.check;

/** A value cannot be read; {@link #problem()} says why, in words for the user. */
public final class FieldProblemException extends Exception {

    private final transient FieldProblem problem;

    public FieldProblemException(FieldProblem problem) {
        super(problem.message());
        this.problem = problem;
    }

    public FieldProblem problem() {
        return problem;
    }
}
