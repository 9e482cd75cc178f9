package org.visitplanner.db;

import java.sql.SQLException;

import org.h2.api.ErrorCode;
import org.visitplanner.logic.DataProblem;

/** Turns what H2 and the file system throw into the {@link DataProblem} the user is told about. */
final class DataProblems {

    private DataProblems() {
    }

    static DataProblem classify(Throwable failure, String location) {
        if (failure instanceof DataProblem problem) {
            return problem;
        }
        return new DataProblem(kind(failure), location, failure);
    }

    static DataProblem.Kind kind(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
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
                        return DataProblem.Kind.WRONG_PASSWORD;
                    case ErrorCode.DATABASE_IS_READ_ONLY:
                        return DataProblem.Kind.READ_ONLY;
                    default:
                        break;
                }
            }
            String message = String.valueOf(t.getMessage());
            if (message.contains("File corrupted") || message.contains("MVStoreException")) {
                return DataProblem.Kind.CORRUPT;
            }
            if (message.contains("Read-only file system") || message.contains("Permission denied")
                    || message.contains("AccessDeniedException")) {
                return DataProblem.Kind.READ_ONLY;
            }
            if (message.contains("Database may be already in use") || message.contains("The file is locked")) {
                return DataProblem.Kind.LOCKED;
            }
        }
        return DataProblem.Kind.OTHER;
    }

    static boolean isDiskFull(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (message.contains("No space left on device") || message.contains("There is not enough space")
                    || message.contains("Disk quota exceeded")) {
                return true;
            }
        }
        return false;
    }
}
