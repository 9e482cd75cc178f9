package org.visitplanner.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * {@code --startup-trace}: prints on stderr the milliseconds since launch at which each phase of the start ended, and
 * the memory the process holds then (Linux), so that anyone can see where start-up time goes:
 * <pre>startup-trace: week painted at 1234 ms, 180 MB resident</pre>
 * "Launch" is the start of the first Java process: with the launcher that restarts Java with the app's options
 * ({@link Launcher}), the one the user started.
 */
public final class StartupTrace {

    /** The command-line option. */
    public static final String OPTION = "--startup-trace";
    /** Set by the launcher on the Java process it starts: when the user's own process started (epoch ms). */
    static final String LAUNCHED_AT = "visitplanner.launchedAt";

    /** The phases, in the order they end. */
    public enum Phase {
        /** JavaFX is running and the window's start has been called. */
        TOOLKIT_UP("toolkit up"),
        /** The database is open and what the window shows first has been read. */
        DATA_OPEN("data open"),
        /** The window's views are built (while the first week is read, over the data just opened), not yet shown. */
        VIEWS_BUILT("views built"),
        /** The week of the current trip has been drawn in the window. */
        WEEK_PAINTED("week painted"),
        /** The work put off until after the week is painted (backup, listener for a second start, checks) is done. */
        IDLE("idle");

        private final String label;

        Phase(String label) {
            this.label = label;
        }
    }

    private static volatile boolean enabled;
    private static final Set<Phase> ENDED = EnumSet.noneOf(Phase.class);

    private StartupTrace() {
    }

    /** Turns the trace on (the option was given). */
    public static void enable() {
        enabled = true;
    }

    public static boolean enabled() {
        return enabled;
    }

    /** Whether {@code args} ask for the trace (before the command line is parsed). */
    static boolean enabledIn(String[] args) {
        return Arrays.asList(args).contains(OPTION);
    }

    /** Says that {@code phase} ended now; each phase is printed once, the first time it ends. */
    public static void ended(Phase phase) {
        if (!enabled) {
            return;
        }
        synchronized (ENDED) {
            if (!ENDED.add(phase)) {
                return;
            }
        }
        long millis = System.currentTimeMillis() - launchedAt();
        String resident = residentMegabytes();
        System.err.println("startup-trace: " + phase.label + " at " + millis + " ms"
                + (resident == null ? "" : ", " + resident + " MB resident"));
        System.err.flush();
    }

    /** When the user's process started, in epoch milliseconds. */
    static long launchedAt() {
        String given = System.getProperty(LAUNCHED_AT);
        if (given != null) {
            try {
                return Long.parseLong(given);
            } catch (NumberFormatException e) {
                // fall back on this process's own start
            }
        }
        return thisProcessStarted();
    }

    /** When this process started, in epoch milliseconds (to 10 ms on Linux). */
    static long thisProcessStarted() {
        try {
            // Seconds since boot now, and the process's start in clock ticks (100 a second) since boot.
            String uptime = Files.readString(Path.of("/proc/uptime"), StandardCharsets.US_ASCII).split("\\s+")[0];
            String stat = Files.readString(Path.of("/proc/self/stat"), StandardCharsets.US_ASCII);
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split("\\s+");
            double ageSeconds = Double.parseDouble(uptime) - Long.parseLong(fields[19]) / 100.0;
            return System.currentTimeMillis() - Math.round(ageSeconds * 1000);
        } catch (IOException | RuntimeException notLinux) {
            return ProcessHandle.current().info().startInstant().map(Instant::toEpochMilli)
                    .orElse(System.currentTimeMillis());
        }
    }

    /** The process's resident memory from {@code /proc/self/status}; null where there is no such file. */
    private static String residentMegabytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"), StandardCharsets.US_ASCII)) {
                if (line.startsWith("VmRSS:")) {
                    long kilobytes = Long.parseLong(line.replaceAll("[^0-9]", ""));
                    return Long.toString(Math.round(kilobytes / 1024.0));
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: the time alone
        }
        return null;
    }
}
