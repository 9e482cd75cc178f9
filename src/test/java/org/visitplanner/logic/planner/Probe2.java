package org.visitplanner.logic.planner;

import org.visitplanner.app.Services;
import org.visitplanner.model.Trip;
import org.visitplanner.support.PlanningTripGenerator;
import org.visitplanner.support.TestServices;

public class Probe2 {
    public static void main(String[] args) {
        try (Services services = TestServices.empty()) {
            Trip trip = PlanningTripGenerator.generate(services, 0, 60, 30, 8);
            PlanningProblem problem = services.planner().problem(trip.id(), PlanningProblem.Mode.PLACE_VISITS).orElseThrow();
            WeekPlan week = EarliestFit.start(problem.plan());
            Planner planner = new Planner(0);
            System.out.println(planner.score(week));
            planner.analyse(week).constraintAnalyses().forEach(c -> { if (c.score().hardScore() != 0) { System.out.println(c.constraintName() + " " + c.score()); c.matches().stream().limit(3).forEach(m -> System.out.println("   " + m.justification())); } });
        }
    }
}
