package org.visitplanner.logic.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;

import org.visitplanner.logic.DataProblem;

/**
 * What a failed read or write of a file under the data folder means for the user, decided from the kind of
 * exception and from the file store itself (its free space, whether it is read-only) rather than from the
 * exception's message, which the system writes in its own language.
 */
public final class StorageFailures {

    /**
     * Less free space than this after a failed write means the disk is full: a write that failed for another reason
     * leaves the space it found.
     */
    static final long LOW_SPACE_BYTES = 8L << 20;

    private StorageFailures() {
    }

    /** The kind of problem behind {@code failure}, met while working under {@code where}. */
    public static DataProblem.Kind kind(IOException failure, Path where) {
        FileStore store = storeOf(where);
        if (store != null && store.isReadOnly() || failure instanceof AccessDeniedException) {
            return DataProblem.Kind.READ_ONLY;
        }
        try {
            // A pseudo file system (/proc) has no space at all: it is not a disk that filled up.
            if (store != null && store.getTotalSpace() > 0 && store.getUsableSpace() < LOW_SPACE_BYTES) {
                return DataProblem.Kind.DISK_FULL;
            }
        } catch (IOException e) {
            // The store cannot say how much room it has left: not known to be full.
        }
        return DataProblem.Kind.OTHER;
    }

    /** The file store holding {@code where}, or its nearest folder that exists; {@code null} if none can be read. */
    private static FileStore storeOf(Path where) {
        for (Path path = where.toAbsolutePath(); path != null; path = path.getParent()) {
            if (Files.exists(path)) {
                try {
                    return Files.getFileStore(path);
                } catch (IOException e) {
                    return null;
                }
            }
        }
        return null;
    }
}
