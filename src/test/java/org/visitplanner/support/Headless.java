package org.visitplanner.support;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.visitplanner.cli.VisitPlannerCommand;
import org.visitplanner.cli.VisitPlannerCommand.GuiLauncher;

/**
 * The headless commands as the tests run them: in this JVM, with what they print and their exit code. A command
 * that opens the window fails the test unless the test says what should happen then.
 */
public final class Headless {

    /** What a command did: its exit code, its standard output and its standard error. */
    public record Run(int exitCode, String out, String err) {
        /** The lines of the standard output. */
        public List<String> lines() {
            return out.lines().toList();
        }
    }

    /** Fails the test: a headless command must never open the window. */
    public static final GuiLauncher NO_WINDOW = (directory, language) -> {
        throw new AssertionError("no window");
    };

    private Headless() {
    }

    /** Runs the command line {@code args} with an empty environment. */
    public static Run run(String... args) {
        return run(Map.of(), args);
    }

    /** Runs the command line {@code args} with {@code environment} as its environment variables. */
    public static Run run(Map<String, String> environment, String... args) {
        return run(environment, NO_WINDOW, args);
    }

    /** Runs the command line {@code args}; {@code window} is what opening the window does. */
    public static Run run(Map<String, String> environment, GuiLauncher window, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = VisitPlannerCommand.execute(args, new PrintWriter(out), new PrintWriter(err), environment, window);
        return new Run(code, out.toString(), err.toString());
    }

    /** {@code args} after {@code --data-dir data}: a command on that data folder. */
    public static String[] in(Path data, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = data.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return all;
    }

    /** {@code args} after {@code --data-dir data --lang en}: a command on that data folder, speaking English. */
    public static String[] inEnglish(Path data, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--lang";
        all[1] = "en";
        System.arraycopy(args, 0, all, 2, args.length);
        return in(data, all);
    }
}
