package org.visitplanner.logic;

import java.nio.file.FileSystemException;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.logic.io.StorageFailures;

/**
 * The sentence for a failure, whatever it is, and the log entry for one nobody planned for. A {@link DataProblem}
 * already is a sentence; a file that could not be read or written says which file; anything else (a bug, an
 * {@link Error}) is written to the log with its stack and the user reads one sentence saying where the details are —
 * never a class name or {@code null}.
 */
public final class UnexpectedFailures {

    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedFailures.class);
    private static volatile Path logFolder;

    private UnexpectedFailures() {
    }

    /** Where the log is written from now on ({@code null}: nowhere). Set by the app when it starts its log. */
    public static void logFolder(Path folder) {
        logFolder = folder;
    }

    /** The one sentence the user reads about {@code failure}; logs it when it was not expected. */
    public static String describe(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof DataProblem problem) {
                if (problem.kind() == DataProblem.Kind.OTHER) {
                    // "could not read or write the data": what went wrong below it is for the log.
                    LOG.warn("The data could not be read or written", failure);
                }
                return problem.userMessage();
            }
        }
        if (failure instanceof FileSystemException io && io.getFile() != null) {
            LOG.warn("A file could not be read or written", failure);
            DataProblem.Kind kind = StorageFailures.kind(io, Path.of(io.getFile()));
            return kind == DataProblem.Kind.DISK_FULL ? Messages.get("problem.disk_full", io.getFile())
                    : Messages.get("problem.file", io.getFile());
        }
        return record("Unexpected failure", failure);
    }

    /** Writes {@code failure} to the log with its stack and returns the sentence that says where it went. */
    public static String record(String what, Throwable failure) {
        LOG.error(what, failure);
        return sentence();
    }

    /** "Something unexpected went wrong…; the details were written to …" in the current language. */
    public static String sentence() {
        Path folder = logFolder;
        return folder == null ? Messages.get("problem.unexpected.unlogged")
                : Messages.get("problem.unexpected", folder.toString());
    }
}
