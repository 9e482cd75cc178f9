package org.visitplanner.logic.planner;

import java.util.List;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;

/**
 * A week to plan, as the solver sees it: the items (visits to place and existing events) and the start times they
 * may take. Hard rules are what must hold, medium counts the visits left unplaced, soft the preferences.
 */
@PlanningSolution
public class WeekPlan {

    @ProblemFactCollectionProperty
    private List<Slot> slots;

    @PlanningEntityCollectionProperty
    private List<PlanItem> items;

    @PlanningScore
    private HardMediumSoftScore score;

    private PlanDays days;

    /** For the solver's cloning. */
    public WeekPlan() {
    }

    public WeekPlan(PlanDays days, List<Slot> slots, List<PlanItem> items) {
        this.days = days;
        this.slots = slots;
        this.items = items;
    }

    public List<Slot> slots() {
        return slots;
    }

    public List<PlanItem> items() {
        return items;
    }

    public PlanDays days() {
        return days;
    }

    public HardMediumSoftScore score() {
        return score;
    }

    public void setScore(HardMediumSoftScore score) {
        this.score = score;
    }
}
