package org.visitplanner.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.visitplanner.app.VisitPlannerApp;
import org.visitplanner.gui.common.FirstPaint;
import org.visitplanner.model.TripSummary;

/**
 * The window on a data folder (the 10-year archive of {@link ArchiveGenerator}): how long the week of the largest
 * trip takes to show after it is chosen in the Trip box (from the choice to the week painted, as choosing it with the
 * mouse does), switching to it from other trips 15 times; then the resident memory once the week shows and after
 * visiting every page. Run it on a display (Xvfb) with the app's Java options (the command is in the README).
 *
 * <pre>java … org.visitplanner.bench.WindowBenchmark DATA_FOLDER</pre>
 */
public final class WindowBenchmark {

    private static final int ROUNDS = 15;

    private WindowBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
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
        waitFor(() -> !lookupAll(".schedule-event").isEmpty());
        System.out.printf("resident once the week shows: %d MB%n", residentMegabytes());

        @SuppressWarnings("unchecked")
        ComboBox<TripSummary> picker = (ComboBox<TripSummary>) onFx(() -> lookupAll("#tripPicker").get(0));
        List<TripSummary> trips = onFx(() -> new ArrayList<>(picker.getItems()));
        TripSummary largest = trips.stream().max((a, b) -> Integer.compare(a.eventCount(), b.eventCount()))
                .orElseThrow();
        List<Double> times = new ArrayList<>();
        for (int round = 0; round < ROUNDS + 1; round++) {
            TripSummary other = trips.get(round % Math.max(1, trips.size() - 1));
            if (other.equals(largest)) {
                other = trips.get(0);
            }
            TripSummary previous = other;
            choose(picker, previous, previous.eventCount());
            double millis = choose(picker, largest, largest.eventCount());
            if (round > 0) { // the first round warms up
                times.add(millis);
            }
        }
        double[] sorted = times.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf("week of the %d-event trip shown after choosing it: median %.0f ms, worst %.0f ms"
                + " (%d rounds): %s%n", largest.eventCount(), sorted[sorted.length / 2], sorted[sorted.length - 1],
                sorted.length, Arrays.toString(Arrays.stream(sorted).map(Math::rint).toArray()));
        System.out.printf("resident after switching trips: %d MB%n", residentMegabytes());

        for (String page : List.of("#navInstitutions", "#navPeople", "#navFollowUps", "#navItinerary")) {
            onFx(() -> {
                ((ToggleButton) lookupAll(page).get(0)).fire();
                return null;
            });
            waitFor(() -> true);
            Thread.sleep(3000); // each page reads its data in the background
        }
        System.gc();
        System.out.printf("resident after visiting every page: %d MB%n", residentMegabytes());
        Platform.exit();
        System.exit(0);
    }

    /** Chooses {@code trip} as a click in the Trip box does; returns the milliseconds until its week is painted. */
    private static double choose(ComboBox<TripSummary> picker, TripSummary trip, int events) throws Exception {
        CompletableFuture<Double> painted = new CompletableFuture<>();
        onFx(() -> {
            long start = System.nanoTime();
            javafx.scene.Scene scene = picker.getScene();
            boolean[] shown = {false};
            Runnable[] check = new Runnable[1];
            // Shown when the schedule holds the trip's events (the week draws them all: one column a day).
            check[0] = () -> {
                if (!shown[0] && lookupAll(".schedule-event").size() != events) {
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
        return painted.get(300, TimeUnit.SECONDS);
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
