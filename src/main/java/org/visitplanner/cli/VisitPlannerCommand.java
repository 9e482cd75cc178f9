package org.visitplanner.cli;

import java.io.Console;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import org.visitplanner.app.AppVersion;
import org.visitplanner.app.Services;
import org.visitplanner.app.StartupTrace;
import org.visitplanner.app.log.AppLog;
import org.visitplanner.db.DataDirectory;
import org.visitplanner.logic.DataProblem;
import org.visitplanner.logic.UnexpectedFailures;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.logic.settings.UserSettings;
import org.visitplanner.logic.team.TeamAddress;
import org.visitplanner.logic.trip.lifecycle.TripService;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code visit-planner [--data-dir DIR] [--lang en|fr|zh] [COMMAND]}: with a command, runs it headless; without one,
 * opens the window.
 */
@Command(name = "visit-planner",
        description = "Plans, prints and records a delegation's visits. Without a command, opens the window.",
        subcommands = {TripsCommand.class, NewTripCommand.class, EditTripCommand.class, CopyTripCommand.class,
                DeleteTripCommand.class, SampleCommand.class, CheckCommand.class, PlanCommand.class,
                ImportCommand.class, ExportDirectoryCommand.class, SearchCommand.class, ExportCommand.class,
                BackupCommand.class, RestoreCommand.class, CopyToCommand.class, TeamSetupCommand.class,
                BundleCommand.class, VersionCommand.class,
                CommandLine.HelpCommand.class},
        sortOptions = false)
public final class VisitPlannerCommand implements Callable<Integer> {

    /** How the GUI is started when no command is given: receives the data directory and the chosen language. */
    public interface GuiLauncher {
        void launch(Path dataDirectory, Locale language);

        /** Opens the window on a team database ({@code --database}); {@code dataDirectory} keeps the local files. */
        default void launch(Path dataDirectory, Locale language, TeamAddress team) {
            launch(dataDirectory, language);
        }
    }

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Folder of the data (default: $VISIT_PLANNER_DATA, else the platform's"
                    + " application-data folder).")
    String dataDir;

    @Option(names = "--lang", paramLabel = "en|fr|zh", description = "Language of messages and documents.")
    String language;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "File whose first line is the password of encrypted data (default: $VISIT_PLANNER_PASSWORD).")
    Path passwordFile;

    @Option(names = "--database", paramLabel = "URL",
            description = "A team's PostgreSQL database instead of the data folder: postgresql://HOST[:PORT]/DB?user=U "
                    + "(default: $VISIT_PLANNER_DATABASE). The password comes from ~/.pgpass, or is asked.")
    String database;
    @Option(names = "--startup-trace",
            description = "Print on stderr the milliseconds since launch at which each phase of the window's"
                    + " start ended.")
    boolean startupTrace;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    /** Where commands and the window find the team database when no {@code --database} is given. */
    public static final String DATABASE_VARIABLE = "VISIT_PLANNER_DATABASE";

    /** Where headless commands find the password of encrypted data when no {@code --password-file} is given. */
    public static final String PASSWORD_VARIABLE = "VISIT_PLANNER_PASSWORD";
    private static final int MAX_PASSWORD_FILE_BYTES = 4096;

    private final Map<String, String> environment;
    private final GuiLauncher guiLauncher;
    PrintWriter out;
    PrintWriter err;

    VisitPlannerCommand(Map<String, String> environment, GuiLauncher guiLauncher) {
        this.environment = environment;
        this.guiLauncher = guiLauncher;
    }

    @Override
    public Integer call() {
        if (startupTrace) {
            StartupTrace.enable();
        }
        Path directory = dataDirectory();
        TeamAddress team = teamAddress();
        if (team != null) {
            guiLauncher.launch(directory, chosenLanguage(directory), team);
        } else {
            guiLauncher.launch(directory, chosenLanguage(directory));
        }
        return ExitCodes.OK;
    }

    /**
     * The team database of {@code --database}, else of {@code $VISIT_PLANNER_DATABASE}, else {@code null} (the data
     * folder's H2 file). An address that cannot be read is bad usage.
     */
    /** {@code $VISIT_PLANNER_DATABASE} when it is set and not empty. */
    String environmentDatabase() {
        String text = environment.get(DATABASE_VARIABLE);
        return text == null || text.isBlank() ? null : text;
    }

    TeamAddress teamAddress() {
        String text = database != null ? database : environment.get(DATABASE_VARIABLE);
        if (text == null || (database == null && text.isBlank())) {
            return null;
        }
        try {
            return TeamAddress.parse(text);
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(ExitCodes.BAD_USAGE, e.getMessage());
        }
    }

    /**
     * Connects to {@code team}: with the password of {@code ~/.pgpass} (the driver reads it), else one typed at the
     * terminal when there is one. The password is never written anywhere.
     */
    static Services openTeam(TeamAddress team, Path directory) {
        try {
            return Services.team(team, null, directory);
        } catch (DataProblem problem) {
            Console console = System.console();
            boolean passwordNeeded = problem.reason().map(r -> r.key().equals("team.error.passwordNeeded"))
                    .orElse(false);
            if (!passwordNeeded || console == null) {
                throw problem;
            }
            char[] password = console.readPassword("%s", Messages.get("team.password.prompt", team.label()) + " ");
            if (password == null) {
                throw problem;
            }
            try {
                return Services.team(team, password, directory);
            } finally {
                Arrays.fill(password, '\0');
            }
        }
    }

    Path dataDirectory() {
        if (dataDir != null && dataDir.isBlank()) {
            // An empty --data-dir is a mistake (an unset variable in a script), not a wish for the default folder.
            throw new CommandFailure(ExitCodes.BAD_USAGE, Messages.get("cli.error.dataDirEmpty"));
        }
        return DataDirectory.resolve(dataDir, environment);
    }

    /** {@code --lang}, else the language saved from the menu, else the system's. */
    Locale chosenLanguage(Path directory) {
        if (language != null) {
            Locale parsed = Messages.parseLanguage(language);
            if (parsed == null) {
                throw new CommandFailure(ExitCodes.BAD_USAGE, Messages.get("cli.error.language", language));
            }
            return parsed;
        }
        return UserSettings.load(directory).language().orElse(Messages.supported(Locale.getDefault()));
    }

    /** Opens the data for a command, runs {@code work} and closes it; data problems become exit code 3. */
    int withServices(ServicesWork work) {
        Path directory = dataDirectory();
        Messages.setLocale(chosenLanguage(directory));
        TeamAddress team = teamAddress();
        if (team != null) {
            try (Services services = openTeam(team, directory)) {
                return work.run(services);
            } catch (DataProblem problem) {
                throw new CommandFailure(ExitCodes.DATA_PROBLEM, problem.userMessage());
            }
        }
        char[] password = password();
        if (password == null && Services.isEncrypted(directory)) {
            throw new CommandFailure(ExitCodes.DATA_PROBLEM, Messages.get("cli.error.passwordNeeded",
                    directory.toString(), PASSWORD_VARIABLE));
        }
        try (Services services = Services.open(directory, password)) {
            Thread command = Thread.currentThread();
            services.database().confineWritesTo(thread -> thread == command);
            return work.run(services);
        } catch (DataProblem problem) {
            throw new CommandFailure(ExitCodes.DATA_PROBLEM, problem.userMessage());
        } finally {
            if (password != null) {
                Arrays.fill(password, '\0');
            }
        }
    }

    /**
     * The password of encrypted data: the first line of {@code --password-file}, else {@code $VISIT_PLANNER_PASSWORD},
     * else {@code null}. A password file that cannot be read is bad usage.
     */
    char[] password() {
        if (passwordFile != null) {
            try {
                if (!Files.isRegularFile(passwordFile) || Files.size(passwordFile) > MAX_PASSWORD_FILE_BYTES) {
                    throw new CommandFailure(ExitCodes.BAD_USAGE,
                            Messages.get("cli.error.passwordFile", passwordFile.toString()));
                }
                if (readableByOthers(passwordFile)) {
                    throw new CommandFailure(ExitCodes.BAD_USAGE,
                            Messages.get("cli.error.passwordFileShared", passwordFile.toString()));
                }
                String text = StandardCharsets.UTF_8.newDecoder()
                        .decode(ByteBuffer.wrap(Files.readAllBytes(passwordFile))).toString();
                // Windows' Notepad starts a UTF-8 file with a byte-order mark: it is not part of the password.
                if (text.startsWith("\uFEFF")) {
                    text = text.substring(1);
                }
                String first = text.lines().findFirst().orElse("");
                if (first.isEmpty()) {
                    throw new CommandFailure(ExitCodes.BAD_USAGE,
                            Messages.get("cli.error.passwordFile", passwordFile.toString()));
                }
                return first.toCharArray();
            } catch (IOException e) {
                throw new CommandFailure(ExitCodes.BAD_USAGE,
                        Messages.get("cli.error.passwordFile", passwordFile.toString()));
            }
        }
        String fromEnvironment = environment.get(PASSWORD_VARIABLE);
        return fromEnvironment == null || fromEnvironment.isEmpty() ? null : fromEnvironment.toCharArray();
    }

    /** Whether users other than the owner may read {@code file} (where the system has POSIX permissions). */
    private static boolean readableByOthers(Path file) throws IOException {
        if (!file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return false;
        }
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
        return permissions.contains(PosixFilePermission.GROUP_READ)
                || permissions.contains(PosixFilePermission.OTHERS_READ);
    }

    @FunctionalInterface
    interface ServicesWork {
        int run(Services services);
    }

    /**
     * Runs the command line and returns the exit code. Errors are one line on {@code err}: picocli's usage errors
     * give 2, data problems 3.
     */
    public static int execute(String[] args, PrintWriter out, PrintWriter err, Map<String, String> environment,
                              GuiLauncher guiLauncher) {
        VisitPlannerCommand root = new VisitPlannerCommand(environment, guiLauncher);
        root.out = out;
        root.err = err;
        CommandLine commandLine = new CommandLine(root);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setParameterExceptionHandler((ex, arguments) -> {
            err.println(shortened(ex.getMessage()) + " — " + Messages.get("cli.error.seeHelp"));
            err.flush();
            return ExitCodes.BAD_USAGE;
        });
        commandLine.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
            Consumer<String> print = line -> {
                err.println(line);
                err.flush();
            };
            if (ex instanceof CommandFailure failure) {
                print.accept(shortened(failure.getMessage()));
                return failure.exitCode();
            }
            if (ex instanceof DataProblem problem) {
                print.accept(problem.userMessage());
                return ExitCodes.DATA_PROBLEM;
            }
            if (ex instanceof TripService.InvalidTrip invalid) {
                print.accept(shortened(invalid.getMessage()));
                return ExitCodes.BAD_USAGE;
            }
            print.accept(unexpected(root, ex));
            return ExitCodes.DATA_PROBLEM;
        });
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /**
     * The sentence for a failure no command expected, once its details are in the data folder's log (when the data
     * folder exists: a command that failed before it was made leaves no folder behind just for a log).
     */
    private static String unexpected(VisitPlannerCommand root, Exception failure) {
        try {
            Path directory = root.dataDirectory();
            if (Files.isDirectory(directory)) {
                AppLog.start(directory);
            }
        } catch (RuntimeException noFolder) {
            failure.addSuppressed(noFolder);
        }
        return UnexpectedFailures.describe(failure);
    }

    /** One readable line even when an argument is huge or holds line breaks. */
    private static String shortened(String message) {
        String line = String.valueOf(message).replaceAll("[\\r\\n\\t\\p{Cc}]+", " ").strip();
        return line.length() <= MAX_MESSAGE ? line : line.substring(0, MAX_MESSAGE) + "…";
    }

    /** Long enough for a sentence with a deep file path; cut beyond, with "…". */
    private static final int MAX_MESSAGE = 400;

    static String version() {
        return "Visit Planner " + AppVersion.get();
    }
}
