package org.visitplanner.logic;

/**
 * The data file cannot be used, for a reason the user can act on. Every kind has a one-sentence message in the
 * bundles ({@code problem.<kind>}), shown by the GUI and printed by headless commands (which then exit with 3).
 */
public final class DataProblem extends RuntimeException {

    public enum Kind {
        /** Another running Visit Planner has the database open. */
        LOCKED,
        /** The file cannot be read as a database. */
        CORRUPT,
        /** The file was written by a newer Visit Planner. */
        NEWER_SCHEMA,
        /** The data folder or file cannot be written. */
        READ_ONLY,
        /** The disk is full. */
        DISK_FULL,
        /** The database is encrypted and the password is wrong. */
        WRONG_PASSWORD,
        /** Someone else changed the record since it was read. */
        STALE,
        /** Anything else that went wrong reading or writing the data. */
        OTHER
    }

    private final Kind kind;
    private final String location;

    public DataProblem(Kind kind, String location, Throwable cause) {
        super(kind + " (" + location + ")", cause);
        this.kind = kind;
        this.location = location;
    }

    public Kind kind() {
        return kind;
    }

    /** The file or folder concerned, shown in the message. */
    public String location() {
        return location;
    }

    /** The one plain sentence the user reads. */
    public String userMessage() {
        return org.visitplanner.logic.i18n.Messages.get("problem." + kind.name().toLowerCase(java.util.Locale.ROOT),
                location);
    }
}
