package org.visitplanner.logic.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a file so that readers see the old file or the complete new one, never half of it: the content goes to a
 * temporary file beside the target, is forced to disk, then moved over the target. A failure (a full disk, a
 * cancelled export) leaves the old file as it was and removes the temporary one.
 */
public final class AtomicFiles {

    /** Writes the content to the stream it is given. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    /**
     * Writes a file the user chose (an export, a copy of a backup) atomically, once {@link OutputTarget} has checked
     * it: its folder exists and it is outside every data folder. Otherwise a {@link org.visitplanner.logic.DataProblem}
     * says why, and nothing is written.
     */
    public static void writeUserFile(Path target, Content content) throws IOException {
        write(OutputTarget.check(target), content);
    }

    /**
     * Writes {@code target} atomically; its folder must exist. A target that exists and is not a regular file (a
     * folder, a device such as {@code /dev/full}, a pipe) is refused: moving a file over it would replace the device
     * for every program.
     */
    public static void write(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        if (Files.exists(absolute) && !Files.isRegularFile(absolute)) {
            throw new FileSystemException(absolute.toString(), null, "not a regular file");
        }
        Path directory = absolute.getParent();
        Path temporary = Files.createTempFile(directory, "." + absolute.getFileName() + ".", ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING);
                 OutputStream out = Channels.newOutputStream(channel)) {
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            try {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
