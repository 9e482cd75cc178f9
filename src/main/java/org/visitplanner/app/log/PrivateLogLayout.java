package org.visitplanner.app.log;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import ch.qos.logback.core.CoreConstants;
import ch.qos.logback.core.LayoutBase;

/**
 * One log line per event, then the stack of its exception, without the values the data holds: quoted text is where
 * SQL literals and H2's messages put the values of a row (a note, a name), so every {@code '…'} of a message is
 * written as {@code '…'}, and a message is cut after {@link #MAX_MESSAGE} characters. The app's own log calls never
 * pass note text or a password; this keeps the libraries' messages from doing it for them.
 */
final class PrivateLogLayout extends LayoutBase<ILoggingEvent> {

    static final int MAX_MESSAGE = 500;
    private static final Pattern QUOTED = Pattern.compile("'(?:[^']|'')*'", Pattern.DOTALL);
    private static final Pattern QUOTED_NOT_CLOSED = Pattern.compile("'[^']*$", Pattern.DOTALL);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS xx")
            .withZone(ZoneId.systemDefault());

    @Override
    public String doLayout(ILoggingEvent event) {
        StringBuilder line = new StringBuilder(256);
        line.append(WHEN.format(Instant.ofEpochMilli(event.getTimeStamp()))).append(' ')
                .append(event.getLevel()).append(" [").append(event.getThreadName()).append("] ")
                .append(event.getLoggerName()).append(" - ").append(withoutValues(event.getFormattedMessage()))
                .append(CoreConstants.LINE_SEPARATOR);
        IThrowableProxy thrown = event.getThrowableProxy();
        if (thrown != null) {
            append(line, thrown, "", "");
        }
        return line.toString();
    }

    private static void append(StringBuilder out, IThrowableProxy thrown, String prefix, String indent) {
        out.append(indent).append(prefix).append(thrown.getClassName());
        if (thrown.getMessage() != null) {
            out.append(": ").append(withoutValues(thrown.getMessage()));
        }
        out.append(CoreConstants.LINE_SEPARATOR);
        StackTraceElementProxy[] frames = thrown.getStackTraceElementProxyArray();
        int shown = frames.length - thrown.getCommonFrames();
        for (int i = 0; i < shown; i++) {
            out.append(indent).append("\tat ").append(frames[i].getStackTraceElement())
                    .append(CoreConstants.LINE_SEPARATOR);
        }
        if (thrown.getCommonFrames() > 0) {
            out.append(indent).append("\t... ").append(thrown.getCommonFrames()).append(" more")
                    .append(CoreConstants.LINE_SEPARATOR);
        }
        IThrowableProxy[] suppressed = thrown.getSuppressed();
        if (suppressed != null) {
            for (IThrowableProxy other : suppressed) {
                append(out, other, "Suppressed: ", indent + "\t");
            }
        }
        if (thrown.getCause() != null) {
            append(out, thrown.getCause(), "Caused by: ", indent);
        }
    }

    /** {@code text} with its quoted values left out, on one line, and cut when very long. */
    static String withoutValues(String text) {
        if (text == null) {
            return "";
        }
        String plain = QUOTED.matcher(text).replaceAll("'…'");
        plain = QUOTED_NOT_CLOSED.matcher(plain).replaceAll("'…");
        plain = plain.replaceAll("[\\r\\n]+", " ");
        return plain.length() <= MAX_MESSAGE ? plain : plain.substring(0, MAX_MESSAGE) + "…";
    }
}
