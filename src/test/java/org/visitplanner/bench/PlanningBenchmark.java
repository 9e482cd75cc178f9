package org.visitplanner.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.visitplanner.app.Services;
import org.visitplanner.logic.itinerary.Itinerary;
import org.visitplanner.logic.planner.EarliestFit;
import org.visitplanner.logic.planner.Planner;
import org.visitplanner.logic.planner.PlanningProblem;
import org.visitplanner.logic.planner.Proposal;
import org.visitplanner.logic.planner.WeekPlan;
import org.visitplanner.model.TravelLeg;
import org.visitplanner.model.Trip;
import org.visitplanner.support.PlanningTripGenerator;
import org.visitplanner.support.SampleVisits;
import org.visitplanner.support.TestServices;

/**
 * Plan for me, measured (a command, not a test: run it and report the figures in the README).
 *
 * <ol>
 *   <li>The sample trip's 18 events with every time removed ({@code assets/sample-visits.csv}): when every hard rule
 *   is met with every visit placed, and the travel of the proposal against the sample's hand-made itinerary.</li>
 *   <li>Two weeks, 60 visits, 30 institutions, 8 members ({@link PlanningTripGenerator}): when it is feasible, and
 *   its travel against a greedy earliest-fit construction of the same visits, measured in the same run.</li>
 *   <li>How long Stop takes to end a run.</li>
 * </ol>
 * Wall-clock and CPU times are both printed: the build machine's two cores are shared.
 *
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.visitplanner.bench.PlanningBenchmark [ROUNDS]
 * </pre>
 */
public final class PlanningBenchmark {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private PlanningBenchmark() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        if (!Boolean.getBoolean("bench.log")) {
            java.util.logging.Logger.getLogger("ai.timefold").setLevel(java.util.logging.Level.WARNING);
        }
        String only = System.getProperty("bench.only", "sample,generated,stop");
        if (only.contains("sample")) {
            sample(rounds);
        }
        if (only.contains("generated")) {
            generated(rounds);
        }
        if (only.contains("stop")) {
            stop(rounds);
        }
    }

    /** A run's figures: when the first fully feasible week came (wall and CPU), and its proposal. */
    private record Measured(double feasibleSeconds, double feasibleCpuSeconds, double totalSeconds,
                            double totalCpuSeconds, Proposal proposal) {
    }

    private static Measured measure(PlanningProblem problem, long seed, int seconds) {
        long wall0 = System.nanoTime();
        long cpu0 = THREADS.getCurrentThreadCpuTime();
        double[] feasible = {-1, -1};
        Planner.Run run = new Planner(seed).run(problem, Duration.ofSeconds(seconds));
        WeekPlan best = run.solve(week -> {
            if (feasible[0] < 0 && week.score().hardScore() == 0 && week.score().mediumScore() == 0) {
                feasible[0] = (System.nanoTime() - wall0) / 1e9;
                feasible[1] = (THREADS.getCurrentThreadCpuTime() - cpu0) / 1e9;
            }
        });
        double total = (System.nanoTime() - wall0) / 1e9;
        double totalCpu = (THREADS.getCurrentThreadCpuTime() - cpu0) / 1e9;
        return new Measured(feasible[0], feasible[1], total, totalCpu, run.proposal(best));
    }

    private static void sample(int rounds) {
        System.out.println("== The sample's 18 visits, every time removed (8–12 December 2025, 4 members)");
        try (Services services = TestServices.empty()) {
            Trip trip = SampleVisits.loadInto(services);
            Itinerary handMade = services.itinerary().load(services.trips().findSample().orElseThrow().id())
                    .orElseThrow();
            int handMadeTravel = handMade.legs().stream().filter(TravelLeg::known)
                    .mapToInt(l -> l.minutes().getAsInt()).sum();
            System.out.printf(Locale.ROOT, "hand-made itinerary: travel %d min (%d journeys, %d of unknown time)%n",
                    handMadeTravel, handMade.legs().size(), handMade.legs().stream().filter(l -> !l.known()).count());
            for (int round = 0; round < rounds; round++) {
                PlanningProblem problem = services.planner().problem(trip.id(), PlanningProblem.Mode.PLACE_VISITS)
                        .orElseThrow();
                Measured m = measure(problem, round, Planner.DEFAULT_SECONDS);
                print(round, m, "travel %d min (hand-made %d)".formatted(m.proposal().travelMinutes(),
                        handMadeTravel));
            }
        }
    }

    private static void generated(int rounds) {
        System.out.println("== Two weeks, 60 visits, 30 institutions, 8 members (generated)");
        for (int round = 0; round < rounds; round++) {
            try (Services services = TestServices.empty()) {
                Trip trip = PlanningTripGenerator.generate(services, round, 60, 30, 8);
                PlanningProblem problem = services.planner().problem(trip.id(), PlanningProblem.Mode.PLACE_VISITS)
                        .orElseThrow();
                long wall0 = System.nanoTime();
                WeekPlan greedy = EarliestFit.inListedOrder(problem);
                double greedySeconds = (System.nanoTime() - wall0) / 1e9;
                long greedyPlaced = greedy.items().stream().filter(i -> i.slot() != null).count();
                int greedyTravel = travelOf(problem, greedy);
                Measured m = measure(problem, round, Planner.DEFAULT_SECONDS);
                long placed = problem.plan().items().size() - m.proposal().unplaced().size();
                double gain = greedyTravel == 0 ? 0 : 100.0 * (greedyTravel - m.proposal().travelMinutes())
                        / greedyTravel;
                print(round, m,
                        "placed %d/60, travel %d min; greedy earliest-fit (%.2f s): placed %d/60, travel %d min;"
                        .formatted(placed, m.proposal().travelMinutes(), greedySeconds, greedyPlaced, greedyTravel)
                        + " %.0f%% less travel".formatted(gain));
                if (Boolean.getBoolean("bench.reasons")) {
                    m.proposal().unplaced().forEach(u -> System.out.println("   unplaced " + u.title() + ": "
                            + u.reason()));
                }
            }
        }
    }

    /** The journeys of a week as the itinerary would draw them. */
    private static int travelOf(PlanningProblem problem, WeekPlan week) {
        return new Planner(0).run(problem, Duration.ofSeconds(1)).proposal(week).travelMinutes();
    }

    private static void stop(int rounds) {
        System.out.println("== Stop: from the call to the run's end");
        try (Services services = TestServices.empty()) {
            Trip trip = PlanningTripGenerator.generate(services, 99, 60, 30, 8);
            List<Double> delays = new ArrayList<>();
            for (int round = 0; round < rounds * 3; round++) {
                PlanningProblem problem = services.planner().problem(trip.id(), PlanningProblem.Mode.PLACE_VISITS)
                        .orElseThrow();
                Planner.Run run = new Planner(round).run(problem, Duration.ofSeconds(60));
                long[] stopAt = {0};
                long wait = 500 + 700L * (round % 3); // during construction, and during local search
                Thread stopper = new Thread(() -> {
                    try {
                        Thread.sleep(wait);
                    } catch (InterruptedException e) {
                        return;
                    }
                    stopAt[0] = System.nanoTime();
                    run.stop();
                });
                stopper.start();
                run.solve(week -> { });
                delays.add((System.nanoTime() - stopAt[0]) / 1e6);
            }
            delays.sort(null);
            System.out.printf(Locale.ROOT, "stop after %d runs: median %.0f ms, worst %.0f ms%n", delays.size(),
                    delays.get(delays.size() / 2), delays.get(delays.size() - 1));
        }
    }

    private static void print(int round, Measured m, String more) {
        System.out.printf(Locale.ROOT,
                "round %d: every rule met after %s (CPU %s); ran %.1f s (CPU %.1f s), settled %s; %s%n",
                round, m.feasibleSeconds() < 0 ? "never" : "%.2f s".formatted(m.feasibleSeconds()),
                m.feasibleCpuSeconds() < 0 ? "-" : "%.2f s".formatted(m.feasibleCpuSeconds()), m.totalSeconds(),
                m.totalCpuSeconds(),
                m.proposal().settled(), more);
    }
}
