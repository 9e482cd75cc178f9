package org.visitplanner.cli;

/** Exit codes shared by every command (part of the public contract). */
public final class ExitCodes {
    public static final int OK = 0;
    /** A command found problems in the data it checked (e.g. {@code check} found an error). */
    public static final int PROBLEMS_FOUND = 1;
    public static final int BAD_USAGE = 2;
    public static final int DATA_PROBLEM = 3;

    private ExitCodes() {
    }
}
