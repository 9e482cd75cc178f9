package org.visitplanner.logic.planner;

import java.time.Duration;

import org.visitplanner.app.Services;
import org.visitplanner.model.Trip;
import org.visitplanner.support.SampleVisits;
import org.visitplanner.support.TestServices;

public class Probe {
    public static void main(String[] args) {
        try (Services services = TestServices.empty()) {
            Trip trip = SampleVisits.loadInto(services);
            for (int round = 0; round < Integer.parseInt(args.length > 0 ? args[0] : "2"); round++) {
                long t0 = System.nanoTime();
                long cpu0 = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
                PlanningProblem problem = services.planner().problem(trip.id(), PlanningProblem.Mode.PLACE_VISITS).orElseThrow();
                Planner.Run run = new Planner(0).run(problem, Duration.ofSeconds(Integer.parseInt(System.getProperty("secs", "10"))));
                long[] firstFeasible = {-1};
                WeekPlan best = run.solve(p -> {
                    if (Boolean.getBoolean("trace")) System.out.printf("  best %.2f s %s%n", (System.nanoTime() - t0) / 1e9, p.score());
                    if (firstFeasible[0] < 0 && p.score().hardScore() == 0 && p.score().mediumScore() == 0) {
                        firstFeasible[0] = System.nanoTime();
                    }
                });
                long t1 = System.nanoTime();
                Proposal proposal = run.proposal(best);
                System.out.printf("round %d: %.2f s (cpu %.2f s), feasible after %.2f s, score %s, travel %d (now %d), settled %s%n", round, (t1 - t0) / 1e9,
                        (java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu0) / 1e9,
                        (firstFeasible[0] - t0) / 1e9, best.score(), proposal.travelMinutes(), proposal.currentTravelMinutes(), proposal.settled());
                if (round == 0 || Boolean.getBoolean("show")) {
                    proposal.placements().forEach(p -> System.out.println("  " + p.day() + " " + p.startTime() + "–" + p.endTime() + "  " + p.title() + " @ " + p.place()));
                    proposal.unplaced().forEach(u -> System.out.println("  unplaced " + u.title() + ": " + u.reason()));
                    proposal.costs().forEach(c -> System.out.println("  " + c.rule() + " " + c.points() + " — " + c.detail()));
                }
            }
        }
    }
}
