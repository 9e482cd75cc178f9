import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs several start-up commands in turn, round after round, on the X display in $DISPLAY, and prints the median
 * time from launch to the first "… painted" line each prints on stderr (measured here, from the moment the process
 * is started), the resident memory they report, and each median's ratio to the first command's.
 *
 * <pre>java bench/StartupBench.java ROUNDS 'label=command …' 'label=command …' …</pre>
 *
 * A command holding {FRESH} gets a new empty folder there each round. A command that prints "startup-trace: idle"
 * is waited for until then and closed with Ctrl+Q (xdotool) as a user would, so its data is closed cleanly; the
 * others are stopped.
 */
public final class StartupBench {

    private static final Pattern TRACE = Pattern.compile("startup-trace: (.+) at (\\d+) ms(?:, (\\d+) MB resident)?");

    record Sample(double launchToPaint, Map<String, Long> phases, Map<String, Long> resident) {
    }

    public static void main(String[] args) throws Exception {
        int rounds = Integer.parseInt(args[0]);
        Map<String, String> commands = new LinkedHashMap<>();
        for (String arg : Arrays.copyOfRange(args, 1, args.length)) {
            int eq = arg.indexOf('=');
            commands.put(arg.substring(0, eq), arg.substring(eq + 1));
        }
        Map<String, List<Sample>> samples = new LinkedHashMap<>();
        commands.keySet().forEach(label -> samples.put(label, new ArrayList<>()));
        for (int round = 0; round <= rounds; round++) {
            for (Map.Entry<String, String> command : commands.entrySet()) {
                Sample sample = run(command.getValue());
                if (round > 0) { // round 0 warms the disk cache
                    samples.get(command.getKey()).add(sample);
                }
                System.err.printf("round %d %-14s %6.0f ms %s %s%n", round, command.getKey(), sample.launchToPaint,
                        sample.phases, sample.resident);
            }
        }
        double reference = -1;
        System.out.println();
        System.out.printf("%-16s %10s %10s %8s %8s  %s%n", "command", "median ms", "min ms", "ratio", "min ratio",
                "resident MB (median, by phase)");
        double referenceMin = -1;
        for (Map.Entry<String, List<Sample>> entry : samples.entrySet()) {
            double median = median(entry.getValue().stream().mapToDouble(Sample::launchToPaint).toArray());
            double min = entry.getValue().stream().mapToDouble(Sample::launchToPaint).min().orElse(0);
            if (reference < 0) {
                reference = median;
                referenceMin = min;
            }
            Map<String, Long> resident = new LinkedHashMap<>();
            entry.getValue().get(0).resident.keySet().forEach(phase -> resident.put(phase, Math.round(median(
                    entry.getValue().stream().filter(s -> s.resident.containsKey(phase))
                            .mapToDouble(s -> s.resident.get(phase)).toArray()))));
            Map<String, Long> phases = new LinkedHashMap<>();
            entry.getValue().get(0).phases.keySet().forEach(phase -> phases.put(phase, Math.round(median(
                    entry.getValue().stream().filter(s -> s.phases.containsKey(phase))
                            .mapToDouble(s -> s.phases.get(phase)).toArray()))));
            System.out.printf("%-16s %10.0f %10.0f %7.2fx %7.2fx  %s  phases (median ms): %s%n", entry.getKey(),
                    median, min, median / reference, min / referenceMin, resident, phases);
        }
    }

    private static Sample run(String commandLine) throws IOException, InterruptedException {
        String line = commandLine;
        Path fresh = null;
        if (line.contains("{FRESH}")) {
            fresh = Files.createTempDirectory("startup-bench-");
            line = line.replace("{FRESH}", fresh.resolve("data").toString());
        }
        List<String> command = Arrays.asList(line.trim().split("\\s+"));
        long started = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        double paint = -1;
        Map<String, Long> phases = new LinkedHashMap<>();
        Map<String, Long> resident = new LinkedHashMap<>();
        boolean traced = false;
        try (BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(),
                StandardCharsets.UTF_8))) {
            for (String text = err.readLine(); text != null; text = err.readLine()) {
                Matcher m = TRACE.matcher(text);
                if (!m.find()) {
                    if (!text.isBlank()) {
                        System.err.println("  | " + text);
                    }
                    continue;
                }
                String phase = m.group(1);
                phases.put(phase, Long.parseLong(m.group(2)));
                if (m.group(3) != null) {
                    resident.put(phase, Long.parseLong(m.group(3)));
                }
                if (phase.endsWith("painted") && paint < 0) {
                    paint = (System.nanoTime() - started) / 1e6;
                    traced = text.contains("week");
                    if (!traced) {
                        break;
                    }
                }
                if (phase.equals("idle")) {
                    break;
                }
            }
            if (traced) {
                quitWithKeys();
                if (!process.waitFor(180, TimeUnit.SECONDS)) {
                    System.err.println("  | did not quit on Ctrl+Q; stopped");
                }
            }
        } finally {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            process.waitFor(10, TimeUnit.SECONDS);
            if (fresh != null) {
                try (var files = Files.walk(fresh)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
        if (paint < 0) {
            throw new IllegalStateException("no 'painted' line from: " + commandLine);
        }
        return new Sample(paint, phases, resident);
    }

    /** Ctrl+Q in the app's main window (the last window of that name: the others are not shown). */
    private static void quitWithKeys() throws IOException, InterruptedException {
        Process search = new ProcessBuilder("xdotool", "search", "--sync", "--onlyvisible", "--name", "Visit Planner")
                .redirectErrorStream(true).start();
        List<String> windows = new String(search.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines()
                .filter(line -> line.matches("\\d+")).toList();
        search.waitFor(20, TimeUnit.SECONDS);
        if (windows.isEmpty()) {
            return;
        }
        new ProcessBuilder("xdotool", "windowactivate", "--sync", windows.get(windows.size() - 1), "key", "ctrl+q")
                .inheritIO().start().waitFor(20, TimeUnit.SECONDS);
    }

    private static double median(double[] values) {
        if (values.length == 0) {
            return 0;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
