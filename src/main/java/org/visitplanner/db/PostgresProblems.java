package org.visitplanner.db;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;
import org.visitplanner.logic.DataProblem;

/**
 * What went wrong with a team database, from PostgreSQL's SQLSTATE codes (the same in every language the server
 * speaks), as a {@link DataProblem} with one sentence: the server cannot be reached, the password is wrong or
 * missing, the role may only read, a value breaks a rule of the schema.
 */
final class PostgresProblems {

    private static final Pattern LENGTH_LIMIT = Pattern.compile("\\((\\d+)\\)");

    private PostgresProblems() {
    }

    /** The first PostgreSQL failure in {@code failure}'s causes, or {@code null}. */
    static PSQLException find(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof PSQLException postgres) {
                return postgres;
            }
        }
        return null;
    }

    /**
     * The problem {@code failure} (found by {@link #find}) is, met on the database at {@code location}.
     * {@code passwordGiven}: whether a password was sent (a server asking for one and getting none means one must be
     * typed, not that it was wrong).
     */
    static DataProblem classify(PSQLException failure, String location, boolean passwordGiven) {
        String state = String.valueOf(failure.getSQLState());
        ServerErrorMessage server = failure.getServerErrorMessage();
        String constraint = server == null ? null : server.getConstraint();
        return switch (state) {
            case "28P01", "28000" -> new DataProblem(DataProblem.Kind.WRONG_PASSWORD, location, new DataProblem.Reason(
                    passwordGiven ? "team.error.login" : "team.error.passwordNeeded", location), failure);
            case "08004" -> passwordGiven
                    ? new DataProblem(DataProblem.Kind.WRONG_PASSWORD, location,
                            new DataProblem.Reason("team.error.login", location), failure)
                    : new DataProblem(DataProblem.Kind.WRONG_PASSWORD, location,
                            new DataProblem.Reason("team.error.passwordNeeded", location), failure);
            case "3D000" -> new DataProblem(DataProblem.Kind.OTHER, location,
                    new DataProblem.Reason("team.error.noDatabase", location), failure);
            case "42501", "25006" -> new DataProblem(DataProblem.Kind.READ_ONLY, location,
                    new DataProblem.Reason("team.error.readOnly", location), failure);
            case "53100" -> new DataProblem(DataProblem.Kind.DISK_FULL, location,
                    new DataProblem.Reason("team.error.serverFull", location), failure);
            case "23505" -> refused(location, "refused.duplicate", failure);
            case "23503" -> refused(location, "refused.missingReference", failure);
            case "23502" -> refused(location, "refused.missing", failure);
            case "23514" -> new DataProblem(DataProblem.Kind.REFUSED, location,
                    DataProblems.ruleReason(String.valueOf(constraint)), failure);
            case "22001" -> {
                Matcher limit = LENGTH_LIMIT.matcher(String.valueOf(failure.getMessage()));
                yield new DataProblem(DataProblem.Kind.REFUSED, location, limit.find()
                        ? new DataProblem.Reason("refused.tooLong", Long.parseLong(limit.group(1)))
                        : new DataProblem.Reason("refused.outOfRange"), failure);
            }
            case "22003", "22P02" -> refused(location, "refused.outOfRange", failure);
            case "22007", "22008" -> refused(location, "refused.badDate", failure);
            default -> state.startsWith("08") || state.startsWith("57P")
                    ? new DataProblem(DataProblem.Kind.OTHER, location,
                            new DataProblem.Reason("team.error.unreachable", location), failure)
                    : new DataProblem(DataProblem.Kind.OTHER, location, failure);
        };
    }

    private static DataProblem refused(String location, String key, Throwable failure) {
        return new DataProblem(DataProblem.Kind.REFUSED, location, new DataProblem.Reason(key), failure);
    }
}
