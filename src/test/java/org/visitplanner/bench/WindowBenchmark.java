package org.visitplanner.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;

import org.visitplanner.app.StartupTrace;
import org.visitplanner.app.VisitPlannerApp;
import org.visitplanner.gui.common.FirstPaint;
import org.visitplanner.gui.itinerary.ScheduleView;
import org.visitplanner.model.TripSummary;

/**
 * The window on a data folder (the 10-year archive of {@link ArchiveGenerator}): how long the week of the largest
 * trip takes to show after it is chosen in the Trip box (from the choice to the week painted, as choosing it with the
 * mouse does), first when it was not shown lately, then switching to it from other trips 15 times; then the
 * resident memory once the week shows and after visiting every page. Run it on a display (Xvfb) with the app's Java
 * options (the command is in the README).
 *
 * <pre>java … org.visitplanner.bench.WindowBenchmark DATA_FOLDER [ROUNDS]</pre>
 */
public final class WindowBenchmark {

    /** Rounds when none are given (after the data folder): each chooses another trip, then the largest. */
    private static final int ROUNDS = 15;

    private WindowBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : ROUNDS;
        // The start's idle phase (the automatic backup, which on the archive copies and checks a large file) holds
        // the data thread: it is waited for, and its length reported, so that the figures below are the app's own.
        CompletableFuture<Long> idle = new CompletableFuture<>();
        PrintStream err = System.err;
        System.setErr(new PrintStream(new java.io.OutputStream() {
            private final StringBuilder line = new StringBuilder();

            @Override
            public void write(int b) {
                err.write(b);
                if (b == '\n') {
                    Matcher m = Pattern.compile("startup-trace: idle at (\\d+) ms").matcher(line);
                    if (m.find()) {
                        idle.complete(Long.parseLong(m.group(1)));
                    }
                    line.setLength(0);
                } else {
                    line.append((char) b);
                }
            }
        }, true, StandardCharsets.UTF_8));
        StartupTrace.enable();
        CompletableFuture<Stage> started = new CompletableFuture<>();
        Platform.startup(() -> {
            try {
                Stage stage = new Stage();
                new VisitPlannerApp(folder, Locale.ENGLISH).start(stage);
                started.complete(stage);
            } catch (Exception e) {
                started.completeExceptionally(e);
            }
        });
        started.get(120, TimeUnit.SECONDS);
        waitFor(() -> !lookupAll(".schedule-event").isEmpty() || !lookupAll(".schedule-crowd").isEmpty());
        long weekShown = residentMegabytes();
        System.out.printf("resident once the week shows: %d MB%n", weekShown);
        System.out.printf("start-up's idle work (first automatic backup) ended at %d ms%n",
                idle.get(30, TimeUnit.MINUTES));

        @SuppressWarnings("unchecked")
        ComboBox<TripSummary> picker = (ComboBox<TripSummary>) onFx(() -> lookupAll("#tripPicker").get(0));
        List<TripSummary> trips = onFx(() -> picker.getItems().stream().filter(t -> t.trip() != null).toList());
        TripSummary largest = trips.stream().max((a, b) -> Integer.compare(a.eventCount(), b.eventCount()))
                .orElseThrow();
        // The window keeps the trips shown lately and shows one chosen again at once (reading it again behind): the
        // largest is first chosen after five others, so that it is read and checked as a trip not shown lately is.
        List<TripSummary> others = trips.stream().filter(t -> !t.equals(largest)).limit(5).toList();
        for (TripSummary other : others) {
            choose(picker, other);
        }
        System.out.printf("the %d-event trip chosen when not shown lately (read and checked): %.0f ms%n",
                largest.eventCount(), choose(picker, largest));
        List<Double> times = new ArrayList<>();
        for (int round = 0; round < rounds + 1; round++) {
            TripSummary other = trips.get(round % Math.max(1, trips.size() - 1));
            if (other.equals(largest)) {
                other = trips.get(0);
            }
            double away = choose(picker, other);
            double millis = choose(picker, largest);
            System.out.printf("round %d: %d-event trip %.0f ms (a %d-event trip before it: %.0f ms)%n", round,
                    largest.eventCount(), millis, other.eventCount(), away);
            if (round > 0) { // the first round warms up
                times.add(millis);
            }
        }
        double[] sorted = times.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf("week of the %d-event trip shown after choosing it: median %.0f ms, worst %.0f ms"
                + " (%d rounds): %s%n", largest.eventCount(), sorted[sorted.length / 2], sorted[sorted.length - 1],
                sorted.length, Arrays.toString(Arrays.stream(sorted).map(Math::rint).toArray()));
        System.out.printf("resident after switching trips: %d MB%n", residentMegabytes());
        System.out.printf("nodes in the window with the %d-event week: %d, of which event blocks: %d,"
                + " events drawn as bars in the days' crowds: %d%n", largest.eventCount(),
                onFx(() -> lookupAll("*").size()), onFx(() -> lookupAll(".schedule-event").size()),
                onFx(() -> lookupAll(".schedule-crowd").stream()
                        .mapToInt(crowd -> ((List<?>) crowd.getUserData()).size()).sum()));

        System.out.println("scrolling the 2,000-event week top to bottom and back (3 s): " + scroll());

        for (String page : List.of("#navInstitutions", "#navPeople", "#navFollowUps", "#navItinerary")) {
            onFx(() -> {
                ((ToggleButton) lookupAll(page).get(0)).fire();
                return null;
            });
            waitFor(() -> true);
            Thread.sleep(3000); // each page reads its data in the background
        }
        System.gc();
        long visited = residentMegabytes();
        System.out.printf("resident after visiting every page: %d MB (%+d MB over the week shown)%n", visited,
                visited - weekShown);
        Platform.exit();
        System.exit(0);
    }

    /**
     * Chooses {@code trip} as a click in the Trip box does; returns the milliseconds until its week is painted: its
     * title shown and every event of the schedule drawn as a block.
     */
    private static double choose(ComboBox<TripSummary> picker, TripSummary trip) throws Exception {
        CompletableFuture<Double> painted = new CompletableFuture<>();
        onFx(() -> {
            long start = System.nanoTime();
            javafx.scene.Scene scene = picker.getScene();
            boolean[] shown = {false};
            Runnable[] check = new Runnable[1];
            check[0] = () -> {
                if (!shown[0] && !weekOf(trip)) {
                    Platform.requestNextPulse(); // the week is read in the background: look again at the next pulse
                } else if (!shown[0]) {
                    shown[0] = true;
                    Platform.runLater(() -> { // outside the pulse, which may be going through its listeners
                        scene.removePostLayoutPulseListener(check[0]);
                        FirstPaint.then(scene, () -> painted.complete((System.nanoTime() - start) / 1e6));
                    });
                }
            };
            scene.addPostLayoutPulseListener(check[0]);
            picker.setValue(trip);
            Platform.requestNextPulse();
            return null;
        });
        return painted.get(10, TimeUnit.MINUTES);
    }

    /**
     * Whether the itinerary shows {@code trip}: its title, and blocks on the screen, all of them for the schedule's
     * entries (the week makes blocks only for the events on the screen, so there are fewer than its entries).
     */
    private static boolean weekOf(TripSummary trip) {
        List<Node> titles = lookupAll("#titleLabel");
        List<Node> schedules = lookupAll(".schedule-view");
        if (titles.isEmpty() || schedules.isEmpty() || !(schedules.get(0) instanceof ScheduleView schedule)) {
            return false;
        }
        String title = ((Label) titles.get(0)).getText();
        if (title == null || !title.startsWith(trip.trip().name()) || schedule.getEntries().isEmpty()) {
            return false;
        }
        Set<Object> ids = new HashSet<>();
        schedule.getEntries().forEach(entry -> ids.add(entry.eventId()));
        List<Node> blocks = lookupAll(".schedule-event");
        // A crowd (events in lanes too narrow for a letter) is drawn as bars on one node per day, which names them.
        List<Node> crowds = lookupAll(".schedule-crowd");
        return (!blocks.isEmpty() || crowds.stream().anyMatch(crowd -> !((List<?>) crowd.getUserData()).isEmpty()))
                && blocks.stream().allMatch(block -> ids.contains(block.getUserData()))
                && crowds.stream().allMatch(crowd -> ids.containsAll((List<?>) crowd.getUserData()));
    }

    /**
     * Scrolls the week from its top to its bottom and back in 3 s, as an animation asks for frames (60 a second at
     * most); returns the frames drawn a second, and the longest pulse.
     */
    private static String scroll() throws Exception {
        CompletableFuture<String> result = new CompletableFuture<>();
        onFx(() -> {
            ScrollPane scroller = (ScrollPane) lookupAll(".schedule-view").get(0).lookup(".scroll-pane");
            javafx.scene.Scene scene = scroller.getScene();
            List<Long> pulses = new ArrayList<>();
            Runnable counter = () -> pulses.add(System.nanoTime());
            scene.addPostLayoutPulseListener(counter);
            scroller.setVvalue(0);
            Timeline timeline = new Timeline(
                    new KeyFrame(Duration.ZERO, new KeyValue(scroller.vvalueProperty(), 0)),
                    new KeyFrame(Duration.seconds(1.5), new KeyValue(scroller.vvalueProperty(), 1)),
                    new KeyFrame(Duration.seconds(3), new KeyValue(scroller.vvalueProperty(), 0)));
            long start = System.nanoTime();
            timeline.setOnFinished(done -> {
                scene.removePostLayoutPulseListener(counter);
                double seconds = (System.nanoTime() - start) / 1e9;
                long longest = 0;
                for (int i = 1; i < pulses.size(); i++) {
                    longest = Math.max(longest, pulses.get(i) - pulses.get(i - 1));
                }
                result.complete(String.format("%.0f frames a second (%d frames in %.1f s), longest gap between"
                        + " frames %.0f ms", pulses.size() / seconds, pulses.size(), seconds, longest / 1e6));
            });
            timeline.play();
            return null;
        });
        return result.get(2, TimeUnit.MINUTES);
    }

    private static List<Node> lookupAll(String selector) {
        List<Node> found = new ArrayList<>();
        for (Window window : Window.getWindows()) {
            if (window.getScene() != null) {
                found.addAll(window.getScene().getRoot().lookupAll(selector));
            }
        }
        return found;
    }

    private static void waitFor(BooleanSupplier state) throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
        while (!onFx(state::getAsBoolean)) {
            if (System.nanoTime() > until) {
                throw new IllegalStateException("the window did not get there in 5 minutes");
            }
            Thread.sleep(1);
        }
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> query) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(query.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(120, TimeUnit.SECONDS);
    }

    private static long residentMegabytes() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"), StandardCharsets.US_ASCII)) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
            }
        }
        return -1;
    }

}
