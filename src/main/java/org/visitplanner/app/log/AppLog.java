package org.visitplanner.app.log;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import ch.qos.logback.core.rolling.FixedWindowRollingPolicy;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeBasedTriggeringPolicy;
import ch.qos.logback.core.util.Duration;
import ch.qos.logback.core.util.FileSize;
import org.slf4j.LoggerFactory;
import org.visitplanner.logic.UnexpectedFailures;
import org.visitplanner.logic.io.PrivateFiles;

/**
 * The app's log: {@code logs/visit-planner.log} in the data folder, what the user cannot see (failures nobody
 * expected, with their stacks; work that failed in the background). The folder and every file in it are owner-only;
 * the file rolls at {@link #FILE_SIZE} and {@link #KEPT} older files are kept ({@code visit-planner.1.log} …), so the
 * log never takes more than a few megabytes. Nothing is written to the console.
 */
public final class AppLog {

    public static final String FOLDER = "logs";
    public static final String FILE = "visit-planner.log";
    static final FileSize FILE_SIZE = FileSize.valueOf("1MB");
    static final int KEPT = 3;
    private static final String APPENDER = "data-folder";

    private static Path current;

    private AppLog() {
    }

    /**
     * Writes the log into {@code dataDirectory}'s {@code logs/} from now on (a log already started elsewhere is
     * closed); returns the log folder, or {@code null} when it cannot be created (a read-only folder): then nothing
     * is logged and the user is told the details could not be kept.
     */
    public static synchronized Path start(Path dataDirectory) {
        Path folder = dataDirectory.toAbsolutePath().resolve(FOLDER);
        if (folder.equals(current)) {
            return folder;
        }
        stop();
        try {
            PrivateFiles.createFolders(folder);
            PrivateFiles.restrict(folder);
        } catch (IOException | RuntimeException cannot) {
            return null;
        }
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        PrivateRollingFileAppender appender = new PrivateRollingFileAppender();
        appender.setContext(context);
        appender.setName(APPENDER);
        appender.setFile(folder.resolve(FILE).toString());

        FixedWindowRollingPolicy rolling = new FixedWindowRollingPolicy();
        rolling.setContext(context);
        rolling.setParent(appender);
        rolling.setFileNamePattern(folder.resolve("visit-planner.%i.log").toString());
        rolling.setMinIndex(1);
        rolling.setMaxIndex(KEPT);
        rolling.start();

        SizeBasedTriggeringPolicy<ILoggingEvent> trigger = new SizeBasedTriggeringPolicy<>();
        trigger.setContext(context);
        trigger.setMaxFileSize(FILE_SIZE);
        // The app logs a few lines an hour: the file's size can be looked at every time (the default, once a minute,
        // lets a burst of failures run far past the limit).
        trigger.setCheckIncrement(Duration.buildByMilliseconds(1));
        trigger.start();

        LayoutWrappingEncoder<ILoggingEvent> encoder = new LayoutWrappingEncoder<>();
        encoder.setContext(context);
        PrivateLogLayout layout = new PrivateLogLayout();
        layout.setContext(context);
        layout.start();
        encoder.setLayout(layout);
        encoder.setCharset(StandardCharsets.UTF_8);
        encoder.start();

        appender.setRollingPolicy(rolling);
        appender.setTriggeringPolicy(trigger);
        appender.setEncoder(encoder);
        appender.start();
        if (!appender.isStarted() || !Files.isRegularFile(folder.resolve(FILE))) {
            appender.stop();
            return null;
        }
        context.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(appender);
        current = folder;
        UnexpectedFailures.logFolder(folder);
        return folder;
    }

    /** Closes the log file (when the app stops, or before logging elsewhere). */
    public static synchronized void stop() {
        if (current == null) {
            return;
        }
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        var appender = root.getAppender(APPENDER);
        root.detachAppender(APPENDER);
        if (appender != null) {
            appender.stop();
        }
        current = null;
        UnexpectedFailures.logFolder(null);
    }

    /** The folder of the log being written, or {@code null}. */
    public static synchronized Path folder() {
        return current;
    }

    /** Creates each log file owner-only before logback opens it: the first one and each one after a roll. */
    private static final class PrivateRollingFileAppender extends RollingFileAppender<ILoggingEvent> {
        @Override
        public void openFile(String fileName) throws IOException {
            Path file = Path.of(fileName);
            if (PrivateFiles.isPosix() && !Files.exists(file)) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PrivateFiles.FILE));
            } else if (Files.exists(file)) {
                PrivateFiles.restrict(file);
            }
            super.openFile(fileName);
        }
    }
}
