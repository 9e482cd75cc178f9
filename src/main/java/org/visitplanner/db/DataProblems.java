package org.visitplanner.db;

import java.io.IOException;
import java.nio.channels.NonWritableChannelException;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AccessDeniedException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.ReadOnlyFileSystemException;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.h2.api.ErrorCode;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStoreException;
import org.postgresql.util.PSQLException;
import org.visitplanner.logic.DataProblem;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.logic.io.StorageFailures;

/** Turns what H2 and the file system throw into the {@link DataProblem} the user is told about. */
final class DataProblems {

    /** A name in H2's message (its words are translated, the names of constraints are not). */
    private static final Pattern CONSTRAINT = Pattern.compile("[A-Za-z0-9_]+");
    private static final Pattern LENGTH_LIMIT = Pattern.compile("\\((\\d+)\\)\"");

    private DataProblems() {
    }

    static DataProblem classify(Throwable failure, String location) {
        Optional<DataProblem> known = DataProblem.in(failure);
        if (known.isPresent()) {
            return known.get();
        }
        if (isOutOfMemory(failure)) {
            return outOfMemory(failure, location);
        }
        PSQLException postgres = PostgresProblems.find(failure);
        if (postgres != null) {
            return PostgresProblems.classify(postgres, location, true);
        }
        DataProblem.Kind kind = kind(failure, where(location));
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

    /** The file a location names, to ask its file store; {@code null} for an in-memory database. */
    static Path where(String location) {
        if (location == null || location.startsWith("memory:")) {
            return null;
        }
        try {
            return Path.of(location);
        } catch (InvalidPathException e) {
            return null;
        }
    }

    /**
     * What kind of problem {@code failure} is, met while working on the file {@code where} (may be {@code null}).
     * Decided by exception types, H2's error codes and the file store's own state (its free space, whether it is
     * read-only), never by the text of a message: the system and H2 write those in the user's language.
     */
    static DataProblem.Kind kind(Throwable failure, Path where) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof DataProblem problem) {
                return problem.kind();
            }
            if (t instanceof SQLException sql) {
                switch (sql.getErrorCode()) {
                    case ErrorCode.DATABASE_ALREADY_OPEN_1:
                        return DataProblem.Kind.LOCKED;
                    case ErrorCode.FILE_CORRUPTED_1:
                    case ErrorCode.FILE_VERSION_ERROR_1:
                        return storageKind(failure, where, DataProblem.Kind.CORRUPT);
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
            if (t instanceof MVStoreException store) {
                switch (store.getErrorCode()) {
                    case DataUtils.ERROR_FILE_LOCKED:
                        return DataProblem.Kind.LOCKED;
                    case DataUtils.ERROR_FILE_CORRUPT:
                    case DataUtils.ERROR_CHUNK_NOT_FOUND:
                    case DataUtils.ERROR_BLOCK_NOT_FOUND:
                    case DataUtils.ERROR_UNSUPPORTED_FORMAT:
                    case DataUtils.ERROR_UNKNOWN_DATA_TYPE:
                    case DataUtils.ERROR_SERIALIZATION:
                        return storageKind(failure, where, DataProblem.Kind.CORRUPT);
                    case DataUtils.ERROR_WRITING_FAILED:
                        return storageKind(failure, where, DataProblem.Kind.READ_ONLY);
                    default:
                        break;
                }
            }
            if (t instanceof AccessDeniedException || t instanceof ReadOnlyFileSystemException
                    || t instanceof NonWritableChannelException) {
                return DataProblem.Kind.READ_ONLY;
            }
            if (t instanceof OverlappingFileLockException) {
                return DataProblem.Kind.LOCKED;
            }
        }
        return storageKind(failure, where, DataProblem.Kind.OTHER);
    }

    /**
     * When input or output failed: a full disk or a read-only one as the file store says, else {@code otherwise}.
     * A failure without any input or output in it is {@code otherwise} whatever the disk.
     */
    private static DataProblem.Kind storageKind(Throwable failure, Path where, DataProblem.Kind otherwise) {
        IOException io = null;
        for (Throwable t = failure; t != null && io == null; t = t.getCause()) {
            if (t instanceof IOException e) {
                io = e;
            }
        }
        if (io == null || where == null) {
            return otherwise;
        }
        if (isFileSizeLimit(io)) {
            return DataProblem.Kind.DISK_FULL;
        }
        DataProblem.Kind kind = StorageFailures.kind(io, where);
        return kind == DataProblem.Kind.OTHER ? otherwise : kind;
    }

    /**
     * The file-size limit of the process ({@code ulimit -f}; EFBIG), which the user meets as a full disk: nothing
     * more can be written. The system says it only in words, so this one case reads the message, in English and
     * in the languages the app speaks.
     */
    private static boolean isFileSizeLimit(IOException failure) {
        String message = String.valueOf(failure.getMessage());
        return message.contains("File too large") || message.contains("Fichier trop volumineux")
                || message.contains("文件过大");
    }

    /** Whether {@code failure} is a full disk (or the file-size limit of the process) for the file {@code where}. */
    static boolean isDiskFull(Throwable failure, Path where) {
        return kind(failure, where) == DataProblem.Kind.DISK_FULL;
    }

    /**
     * Whether H2 closed the database after the failure (it does after a failed write: a full disk), so that the next
     * use must open it again from the file, which holds every earlier commit.
     */
    static boolean closedTheDatabase(Throwable failure, Path where) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && (sql.getErrorCode() == ErrorCode.DATABASE_IS_CLOSED
                    || sql.getErrorCode() == ErrorCode.DATABASE_CALLED_AT_SHUTDOWN)) {
                return true;
            }
            if (t instanceof MVStoreException store && (store.getErrorCode() == DataUtils.ERROR_CLOSED
                    || store.getErrorCode() == DataUtils.ERROR_WRITING_FAILED)) {
                return true;
            }
        }
        return isDiskFull(failure, where);
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

    /**
     * A sentence per rule of the schema ({@code refused.rule.<constraint name>}), else a general one. H2 writes its
     * messages in the user's language, but the constraint's name stands in them as it is.
     */
    static DataProblem.Reason ruleReason(String message) {
        Matcher constraint = CONSTRAINT.matcher(message);
        while (constraint.find()) {
            String name = constraint.group().toLowerCase(Locale.ROOT);
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
