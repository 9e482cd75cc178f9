package org.visitplanner.db;

import java.sql.SQLException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.h2.api.ErrorCode;
import org.visitplanner.logic.DataProblem;
import org.visitplanner.logic.i18n.Messages;

/** Turns what H2 and the file system throw into the {@link DataProblem} the user is told about. */
final class DataProblems {

    private static final Pattern CONSTRAINT = Pattern.compile("constraint violation: \"([A-Za-z0-9_]+)");
    private static final Pattern LENGTH_LIMIT = Pattern.compile("\\((\\d+)\\)\"");

    private DataProblems() {
    }

    static DataProblem classify(Throwable failure, String location) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof DataProblem problem) {
                return problem;
            }
        }
        if (isOutOfMemory(failure)) {
            return outOfMemory(failure, location);
        }
        DataProblem.Kind kind = kind(failure);
        return new DataProblem(kind, location, kind == DataProblem.Kind.REFUSED ? reason(failure) : null, failure);
    }

    /** Whether memory ran out: H2 wraps it as if the file were damaged, while the file is fine. */
    static boolean isOutOfMemory(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof OutOfMemoryError) {
                return true;
            }
        }
        return false;
    }

    static DataProblem outOfMemory(Throwable failure, String location) {
        return new DataProblem(DataProblem.Kind.OTHER, location, new DataProblem.Reason("cli.error.outOfMemory"),
                failure);
    }

    static DataProblem.Kind kind(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof DataProblem problem) {
                return problem.kind();
            }
            if (isDiskFull(t)) {
                return DataProblem.Kind.DISK_FULL;
            }
            if (t instanceof SQLException sql) {
                switch (sql.getErrorCode()) {
                    case ErrorCode.DATABASE_ALREADY_OPEN_1:
                        return DataProblem.Kind.LOCKED;
                    case ErrorCode.FILE_CORRUPTED_1:
                    case ErrorCode.FILE_VERSION_ERROR_1:
                        return DataProblem.Kind.CORRUPT;
                    case ErrorCode.FILE_ENCRYPTION_ERROR_1:
                    case ErrorCode.WRONG_PASSWORD_FORMAT:
                    case ErrorCode.WRONG_USER_OR_PASSWORD:
                        return DataProblem.Kind.WRONG_PASSWORD;
                    case ErrorCode.DATABASE_IS_READ_ONLY:
                        return DataProblem.Kind.READ_ONLY;
                    case ErrorCode.VALUE_TOO_LONG_2:
                    case ErrorCode.NUMERIC_VALUE_OUT_OF_RANGE_1:
                    case ErrorCode.NUMERIC_VALUE_OUT_OF_RANGE_2:
                    case ErrorCode.NULL_NOT_ALLOWED:
                    case ErrorCode.DUPLICATE_KEY_1:
                    case ErrorCode.REFERENTIAL_INTEGRITY_VIOLATED_CHILD_EXISTS_1:
                    case ErrorCode.REFERENTIAL_INTEGRITY_VIOLATED_PARENT_MISSING_1:
                    case ErrorCode.CHECK_CONSTRAINT_VIOLATED_1:
                    case ErrorCode.INVALID_DATETIME_CONSTANT_2:
                        return DataProblem.Kind.REFUSED;
                    default:
                        break;
                }
            }
            String message = String.valueOf(t.getMessage());
            if (message.contains("File corrupted") || message.contains("MVStoreException")) {
                return DataProblem.Kind.CORRUPT;
            }
            if (message.contains("Read-only file system") || message.contains("Permission denied")
                    || message.contains("Operation not permitted") || message.contains("AccessDeniedException")) {
                return DataProblem.Kind.READ_ONLY;
            }
            if (message.contains("Database may be already in use") || message.contains("The file is locked")) {
                return DataProblem.Kind.LOCKED;
            }
        }
        return DataProblem.Kind.OTHER;
    }

    /**
     * The disk (or the file-size limit of the process, which the user meets the same way: nothing more can be
     * written) is full.
     */
    static boolean isDiskFull(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (message.contains("No space left on device") || message.contains("There is not enough space")
                    || message.contains("Disk quota exceeded") || message.contains("File too large")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether H2 closed the database after the failure (it does after a failed write: a full disk), so that the next
     * use must open it again from the file, which holds every earlier commit.
     */
    static boolean closedTheDatabase(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && (sql.getErrorCode() == ErrorCode.DATABASE_IS_CLOSED
                    || sql.getErrorCode() == ErrorCode.DATABASE_CALLED_AT_SHUTDOWN)) {
                return true;
            }
            String message = String.valueOf(t.getMessage());
            if (message.contains("This store is closed") || message.contains("This fileStore is closed")
                    || message.contains("Writing to") && message.contains("failed")) {
                return true;
            }
        }
        return isDiskFull(failure);
    }

    /** Why the database refused a value, in words the user can act on. */
    private static DataProblem.Reason reason(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (!(t instanceof SQLException sql)) {
                continue;
            }
            String message = String.valueOf(sql.getMessage());
            switch (sql.getErrorCode()) {
                case ErrorCode.VALUE_TOO_LONG_2: {
                    Matcher limit = LENGTH_LIMIT.matcher(message);
                    return limit.find() ? new DataProblem.Reason("refused.tooLong", Long.parseLong(limit.group(1)))
                            : new DataProblem.Reason("refused.outOfRange");
                }
                case ErrorCode.NULL_NOT_ALLOWED:
                    return new DataProblem.Reason("refused.missing");
                case ErrorCode.DUPLICATE_KEY_1:
                    return new DataProblem.Reason("refused.duplicate");
                case ErrorCode.REFERENTIAL_INTEGRITY_VIOLATED_PARENT_MISSING_1:
                    return new DataProblem.Reason("refused.missingReference");
                case ErrorCode.REFERENTIAL_INTEGRITY_VIOLATED_CHILD_EXISTS_1:
                    return new DataProblem.Reason("refused.stillUsed");
                case ErrorCode.CHECK_CONSTRAINT_VIOLATED_1:
                    return ruleReason(message);
                case ErrorCode.INVALID_DATETIME_CONSTANT_2:
                    return new DataProblem.Reason("refused.badDate");
                default:
                    return new DataProblem.Reason("refused.outOfRange");
            }
        }
        return new DataProblem.Reason("refused.outOfRange");
    }

    /** A sentence per rule of the schema ({@code refused.rule.<constraint name>}), else a general one. */
    private static DataProblem.Reason ruleReason(String message) {
        Matcher constraint = CONSTRAINT.matcher(message);
        if (constraint.find()) {
            String name = constraint.group(1).toLowerCase(Locale.ROOT);
            String key = "refused.rule." + name;
            if (Messages.bundle().containsKey(key)) {
                return new DataProblem.Reason(key);
            }
            if (name.endsWith("_known")) {
                return new DataProblem.Reason("refused.unknownValue");
            }
        }
        return new DataProblem.Reason("refused.outOfRange");
    }
}
