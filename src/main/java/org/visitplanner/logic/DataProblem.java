package org.visitplanner.logic;

import java.util.Locale;
import java.util.Optional;

import org.visitplanner.logic.i18n.Messages;

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
        /** A value breaks a rule of the data (too long, out of range, a duplicate, …); nothing was saved. */
        REFUSED,
        /** Anything else that went wrong reading or writing the data. */
        OTHER
    }

    /**
     * The precise reason behind a problem, when one is known: a bundle key and its arguments (for example why a
     * value was {@link Kind#REFUSED}).
     */
    public record Reason(String key, Object... args) {
    }

    private final Kind kind;
    private final String location;
    private final transient Reason reason;

    public DataProblem(Kind kind, String location, Throwable cause) {
        this(kind, location, null, cause);
    }

    public DataProblem(Kind kind, String location, Reason reason, Throwable cause) {
        super(kind + " (" + location + ")" + (reason == null ? "" : " " + reason.key()), cause);
        this.kind = kind;
        this.location = location;
        this.reason = reason;
    }

    public Kind kind() {
        return kind;
    }

    /** The data problem that {@code failure} is, or that caused it, if any. */
    public static Optional<DataProblem> in(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof DataProblem problem) {
                return Optional.of(problem);
            }
        }
        return Optional.empty();
    }

    /** Whether {@code failure} is, or was caused by, a data problem of {@code kind}. */
    public static boolean is(Throwable failure, Kind kind) {
        return in(failure).filter(problem -> problem.kind() == kind).isPresent();
    }

    /** The file or folder concerned, shown in the message. */
    public String location() {
        return location;
    }

    /** The precise reason, when one is known. */
    public Optional<Reason> reason() {
        return Optional.ofNullable(reason);
    }

    /** The one plain sentence the user reads. */
    public String userMessage() {
        if (reason != null) {
            return Messages.get(reason.key(), reason.args());
        }
        return Messages.get("problem." + kind.name().toLowerCase(Locale.ROOT),
                location);
    }
}
