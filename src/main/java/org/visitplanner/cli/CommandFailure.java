package org.visitplanner.cli;

/** A command cannot do what was asked; {@code getMessage()} is the one line printed on stderr. */
public final class CommandFailure extends RuntimeException {
    private final int exitCode;

    public CommandFailure(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
