package org.visitplanner.app;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@code java -jar visit-planner.jar} cannot choose its Java options (a jar's manifest has no place for them), yet
 * the defaults are a server's: a garbage collector with threads of its own, a heap of a quarter of the memory, and
 * an optimising compiler that competes with start-up for a laptop's cores. So, for the window only, the first Java
 * process starts a second one with the options chosen for a desktop app ({@link #OPTIONS}) and a class-data archive
 * of the app's classes, made on the first run and kept in the user's cache folder, and waits for it. Headless
 * commands run in the first process as they are. The packaged app and {@code mvn javafx:run} set the same options
 * themselves ({@link #OPTIONS_SET}), and a {@code java} started with options of its own is left as it is. See
 * docs/decisions/0019-start-up.md for the measurements behind the choice.
 */
public final class Launcher {

    /** Given to a Java process whose options were set for the app (by this launcher, the packaged app, the plugin). */
    public static final String OPTIONS_SET = "visitplanner.options";

    /**
     * The desktop options: the serial collector (one thread, no concurrent work; pauses of a few milliseconds on a
     * heap this size); a heap that starts at 64 MB (a start then needs few collections), may grow to 1 GB (large
     * imports, the search index build) and gives memory back after a busy moment (at most 30 % of it free); and the
     * quick compiler only (the optimising one costs more CPU at start-up than it ever saves in an app that mostly
     * waits for the user).
     */
    public static final List<String> OPTIONS = List.of("-XX:+UseSerialGC", "-Xms64m", "-Xmx1g",
            "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=30", "-XX:TieredStopAtLevel=1", "-Xss1m",
            "-D" + OPTIONS_SET + "=true");

    /** The options of the window's program that the first process understands without parsing the command line. */
    private static final Set<String> WINDOW_OPTIONS_WITH_VALUE = Set.of("--data-dir", "--lang", "--password-file");
    private static final Set<String> WINDOW_FLAGS = Set.of(StartupTrace.OPTION);

    private Launcher() {
    }

    /**
     * Runs the window in a second Java process with the desktop options when that is worth it (see the class
     * comment); returns its exit code, or empty when this process should go on itself.
     */
    public static OptionalInt runWindowInTunedJava(String[] args) {
        if (System.getProperty(OPTIONS_SET) != null || !opensTheWindow(args) || javaOptionsGiven()) {
            return OptionalInt.empty();
        }
        Path java = Path.of(System.getProperty("java.home"), "bin",
                System.getProperty("os.name", "").startsWith("Windows") ? "java.exe" : "java");
        String classPath = System.getProperty("java.class.path", "");
        if (!Files.isExecutable(java) || classPath.isEmpty()) {
            return OptionalInt.empty();
        }
        long launchedAt = StartupTrace.enabledIn(args) ? StartupTrace.thisProcessStarted() : 0;
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(OPTIONS);
        Optional<Path> archive = ClassArchive.forClassPath(classPath, java);
        Path making = null;
        if (archive.isPresent()) {
            if (Files.isRegularFile(archive.get())) {
                command.add("-XX:SharedArchiveFile=" + archive.get());
            } else {
                making = ClassArchive.temporary(archive.get());
                if (making != null) {
                    command.add("-XX:ArchiveClassesAtExit=" + making);
                }
            }
            // An archive Java cannot use (another Java, a rebuilt jar) is ignored without a word on the console.
            command.add("-Xshare:auto");
            command.add("-Xlog:cds=off,cds+dynamic=off");
        }
        if (launchedAt > 0) {
            command.add("-D" + StartupTrace.LAUNCHED_AT + "=" + launchedAt);
        }
        command.add("-cp");
        command.add(classPath);
        command.add("org.visitplanner.Main");
        command.addAll(List.of(args));
        try {
            Process window = new ProcessBuilder(command).inheritIO().start();
            // Closing this process (a signal, the end of a session) closes the window's too.
            Runtime.getRuntime().addShutdownHook(new Thread(window::destroy, "visit-planner-launcher"));
            int code = waitFor(window);
            if (making != null) {
                ClassArchive.keep(making, archive.get(), code == 0);
            }
            return OptionalInt.of(code);
        } catch (IOException cannotStart) {
            return OptionalInt.empty(); // run the window here, with Java's default options
        }
    }

    private static int waitFor(Process process) {
        while (true) {
            try {
                return process.waitFor();
            } catch (InterruptedException e) {
                // keep waiting: this process only carries the window's
            }
        }
    }

    /** Whether {@code args} open the window (only the window's options, no command, no help). */
    static boolean opensTheWindow(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            if (WINDOW_OPTIONS_WITH_VALUE.contains(name)) {
                if (!arg.contains("=")) {
                    i++;
                }
            } else if (!WINDOW_FLAGS.contains(arg)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the user started Java with options of their own ({@code java -Xmx4g -jar …}): then they are kept. */
    private static boolean javaOptionsGiven() {
        Optional<String[]> arguments = ProcessHandle.current().info().arguments();
        if (arguments.isEmpty()) {
            return false;
        }
        for (String argument : arguments.get()) {
            if (argument.equals("-jar") || argument.equals("-cp") || argument.equals("-classpath")
                    || argument.equals("--class-path") || !argument.startsWith("-")) {
                return false;
            }
            return true;
        }
        return false;
    }

    /**
     * The class-data archive of the app's classes for the jar: a file per Java and build, in the user's cache folder
     * (never in the data folder or beside the jar), made by the first run of the window (Java writes it as that run
     * ends) and used by the next ones. Java checks that it matches the class path and ignores it otherwise.
     */
    static final class ClassArchive {

        private ClassArchive() {
        }

        /** Where the archive for this class path and Java is (it may not exist yet); empty when there is no cache. */
        static Optional<Path> forClassPath(String classPath, Path java) {
            try {
                Path folder = cacheFolder().resolve("class-data");
                MessageDigest digest = MessageDigest.getInstance("SHA-256");
                digest.update((System.getProperty("java.vm.version") + "\n" + java.toAbsolutePath()).getBytes(
                        StandardCharsets.UTF_8));
                for (String entry : classPath.split(File.pathSeparator)) {
                    Path jar = Path.of(entry).toAbsolutePath();
                    digest.update(("\n" + jar + " " + Files.size(jar) + " "
                            + Files.getLastModifiedTime(jar).toMillis()).getBytes(StandardCharsets.UTF_8));
                }
                String name = "visit-planner-" + HexFormat.of().formatHex(digest.digest(), 0, 8) + ".jsa";
                return Optional.of(folder.resolve(name));
            } catch (IOException | NoSuchAlgorithmException | RuntimeException e) {
                return Optional.empty();
            }
        }

        /** A private name to make the archive under (two windows started at once never write one file). */
        static Path temporary(Path archive) {
            try {
                Files.createDirectories(archive.getParent());
            } catch (IOException e) {
                return null;
            }
            return archive.resolveSibling(archive.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        }

        /** Puts a newly made archive in place (when the run ended well) and removes older ones. */
        static void keep(Path made, Path archive, boolean ok) {
            try {
                if (ok && Files.isRegularFile(made) && Files.size(made) > 0) {
                    Files.move(made, archive, StandardCopyOption.ATOMIC_MOVE,
                            StandardCopyOption.REPLACE_EXISTING);
                }
                Files.deleteIfExists(made);
                try (Stream<Path> others = Files.list(archive.getParent())) {
                    for (Path other : others.filter(p -> !p.equals(archive)
                            && p.getFileName().toString().startsWith("visit-planner-")).toList()) {
                        if (!other.getFileName().toString().endsWith(".tmp")
                                || Files.getLastModifiedTime(other).toMillis()
                                        < System.currentTimeMillis() - 86_400_000L) {
                            Files.deleteIfExists(other);
                        }
                    }
                }
            } catch (IOException | RuntimeException e) {
                // a cache: made again next time
            }
        }

        /** The user's cache folder for Visit Planner on this system. */
        static Path cacheFolder() {
            String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
            String home = System.getProperty("user.home");
            if (os.startsWith("windows")) {
                String local = System.getenv("LOCALAPPDATA");
                return Path.of(local != null ? local : home, "VisitPlanner", "Cache");
            }
            if (os.contains("mac")) {
                return Path.of(home, "Library", "Caches", "VisitPlanner");
            }
            String xdg = System.getenv("XDG_CACHE_HOME");
            return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".cache")).resolve("visit-planner");
        }
    }
}
