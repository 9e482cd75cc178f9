package org.visitplanner.logic.planner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What a person (or a simple program) would do: each visit in turn at the earliest start where every hard rule holds
 * with what is placed already, or left unplaced when there is none. The planner starts from it, hardest visits
 * first, and improves it; in the order listed it is the benchmark's baseline.
 */
public final class EarliestFit {

    private EarliestFit() {
    }

    /** A copy of the problem's week with its visits placed earliest-fit, in the order listed. */
    public static WeekPlan inListedOrder(PlanningProblem problem) {
        WeekPlan week = Planner.copy(problem.plan());
        place(week, week.items());
        return week;
    }

    /**
     * A first week for the solver: placed hardest first and in the order listed, whichever places more visits
     * (neither order always wins; both take milliseconds).
     */
    static WeekPlan start(WeekPlan week) {
        WeekPlan hardest = Planner.copy(week);
        List<PlanItem> order = new ArrayList<>(hardest.items());
        order.sort(new PlanItem.Difficulty().reversed());
        place(hardest, order);
        WeekPlan listed = Planner.copy(week);
        place(listed, listed.items());
        return placedCount(listed) > placedCount(hardest) ? listed : hardest;
    }

    private static long placedCount(WeekPlan week) {
        return week.items().stream().filter(PlanItem::placed).count();
    }

    private static void place(WeekPlan week, List<PlanItem> order) {
        List<PlanItem> placed = new ArrayList<>(week.items().stream().filter(PlanItem::placed).toList());
        for (PlanItem item : order) {
            if (item.placed() || item.pinned()) {
                continue;
            }
            List<Slot> starts = new ArrayList<>(item.candidates());
            starts.sort(Comparator.naturalOrder());
            for (Slot slot : starts) {
                item.setSlot(slot);
                if (fits(item, placed)) {
                    placed.add(item);
                    break;
                }
                item.setSlot(null);
            }
        }
    }

    private static boolean fits(PlanItem item, List<PlanItem> placed) {
        if (item.outsideTrip() > 0 || item.outsideDayLimits() > 0 || item.onForbiddenDay() > 0
                || item.outsideAllowedTimes() > 0 || item.outsideOpeningHours() > 0) {
            return false;
        }
        if (item.after() != null && item.after().placed() && item.startAbsolute() < item.after().endAbsolute()) {
            return false;
        }
        for (PlanItem other : placed) {
            if (other.after() == item && other.startAbsolute() < item.endAbsolute()) {
                return false; // one placed already must come after this one
            }
            if (!other.sharesMemberWith(item)) {
                continue;
            }
            if (Minutes.overlap(item.startAbsolute(), item.endAbsolute(), other.startAbsolute(),
                    other.endAbsolute()) > 0) {
                return false;
            }
            if (other.day() == item.day() && PlanConstraints.travelShortfall(item, other) > 0) {
                return false;
            }
        }
        return true;
    }
}
