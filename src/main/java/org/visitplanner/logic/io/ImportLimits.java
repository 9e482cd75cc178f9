package org.visitplanner.logic.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How much an imported file (CSV, iCalendar) may hold, so that a hostile or broken file cannot exhaust memory:
 * importers open files with {@link #open} and count what they read with {@link #checkCount}. A file over a limit is
 * refused as a whole with a sentence the user can act on ({@link Refused#messageKey()}).
 */
public final class ImportLimits {

    /** Far more than a directory or an itinerary takes (a trip's file is a few hundred KB). */
    public static final long MAX_FILE_BYTES = 20L * 1024 * 1024;
    /** Rows of a CSV file, events of a calendar. */
    public static final int MAX_RECORDS = 10_000;

    /** A file refused for its size, count or kind; {@code messageKey} and {@code args} make its sentence. */
    public static final class Refused extends IOException {
        private final String messageKey;
        private final transient Object[] args;

        Refused(String messageKey, Object... args) {
            super(messageKey);
            this.messageKey = messageKey;
            this.args = args;
        }

        public String messageKey() {
            return messageKey;
        }

        public Object[] args() {
            return args.clone();
        }
    }

    private ImportLimits() {
    }

    /**
     * Opens {@code file} for reading: refused when it is not an ordinary file (a folder, a device, a pipe) or larger
     * than {@link #MAX_FILE_BYTES}; the stream also stops at that size if the file grows while it is read.
     */
    public static InputStream open(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new Refused("import.error.notAFile", file.toString());
        }
        if (Files.size(file) > MAX_FILE_BYTES) {
            throw new Refused("import.error.tooLarge", file.toString(), MAX_FILE_BYTES / (1024 * 1024));
        }
        return new FilterInputStream(Files.newInputStream(file)) {
            private long read;

            @Override
            public int read() throws IOException {
                int b = super.read();
                count(b < 0 ? 0 : 1);
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                count(Math.max(n, 0));
                return n;
            }

            private void count(int n) throws IOException {
                read += n;
                if (read > MAX_FILE_BYTES) {
                    throw new Refused("import.error.tooLarge", file.toString(), MAX_FILE_BYTES / (1024 * 1024));
                }
            }
        };
    }

    /** Refuses the import once {@code count} records were read from {@code file} and that is over the limit. */
    public static void checkCount(Path file, int count) throws Refused {
        if (count > MAX_RECORDS) {
            throw new Refused("import.error.tooMany", file.toString(), MAX_RECORDS);
        }
    }
}
