package org.visitplanner.logic.io;

/** A CSV file cannot be read as a whole; the message names the line (0 when it is about the whole file). */
public final class CsvProblem extends Exception {

    private final int line;

    public CsvProblem(int line, String message) {
        super(message);
        this.line = line;
    }

    public int line() {
        return line;
    }
}
