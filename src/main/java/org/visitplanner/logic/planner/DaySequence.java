package org.visitplanner.logic.planner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One member's items of one day, in time order: what the preferences about travel, lunch and idle time look at.
 * The solver gives them in no particular order; they are sorted once here.
 */
final class DaySequence {

    private static final Comparator<PlanItem> IN_TIME = Comparator.comparingInt(PlanItem::startAbsolute)
            .thenComparingInt(PlanItem::endAbsolute).thenComparing(PlanItem::key);
    /** Slack that is not idle time: a coffee, a walk around the campus. */
    static final int FREE_SLACK_MINUTES = 15;
    /** More slack allowed around lunch: the break itself. */
    static final int LUNCH_SLACK_MINUTES = 60;

    private final List<PlanItem> items;
    private int travel = -1;
    private int lunch = -1;
    private int idle = -1;

    DaySequence(List<PlanItem> unordered) {
        this.items = new ArrayList<>(unordered);
        this.items.sort(IN_TIME);
    }

    /** Minutes of travel between consecutive places, worked out once. */
    int travelMinutes() {
        if (travel < 0) {
            travel = computeTravel();
        }
        return travel;
    }

    /**
     * Minutes missing from a 45-minute lunch break between 11:45 and 14:15: none when a meal of at least 30
     * minutes lies in that window, else 45 minus the longest free stretch in it (travel is not free); 45 for each
     * meal beyond the first in that window.
     */
    int lunchShortfall() {
        if (lunch < 0) {
            lunch = computeLunch();
        }
        return lunch;
    }

    /**
     * Minutes spent waiting between items, beyond the travel, its margin, a quarter of an hour, and an hour for a
     * gap around lunch.
     */
    int idleMinutes() {
        if (idle < 0) {
            idle = computeIdle();
        }
        return idle;
    }

    /** Minutes of travel between consecutive places (items without a place are passed through). */
    private int computeTravel() {
        int total = 0;
        PlanItem previous = null;
        for (PlanItem item : items) {
            if (item.place() < 0) {
                continue;
            }
            if (previous != null) {
                total += previous.travel().between(previous, item);
            }
            previous = item;
        }
        return total;
    }

    /** The next item after index {@code i} that has a place, or null. */
    private PlanItem nextPlaced(int i) {
        for (int j = i + 1; j < items.size(); j++) {
            if (items.get(j).place() >= 0) {
                return items.get(j);
            }
        }
        return null;
    }

    /** Travel from item {@code i} to the next item with a place (people go there, then wait or eat). */
    private int travelAfter(int i) {
        PlanItem from = items.get(i);
        if (from.place() < 0) {
            return 0;
        }
        PlanItem to = nextPlaced(i);
        return to == null ? 0 : from.travel().between(from, to);
    }

    private int computeLunch() {
        // Two lunches in one day are one too many, whatever else the day holds.
        long meals = items.stream().filter(i -> i.meal()
                && Minutes.overlap(i.start(), i.end(), PlanDays.LUNCH_FROM, PlanDays.LUNCH_TO) > 0).count();
        if (meals > 1) {
            return (int) (meals - 1) * PlanDays.LUNCH_MINUTES;
        }
        int longest = 0;
        int freeFrom = PlanDays.LUNCH_FROM;
        for (int i = 0; i < items.size(); i++) {
            PlanItem item = items.get(i);
            if (item.meal()
                    && Minutes.overlap(item.start(), item.end(), PlanDays.LUNCH_FROM, PlanDays.LUNCH_TO) >= 30) {
                return 0;
            }
            if (item.meal()) {
                continue;
            }
            longest = Math.max(longest,
                    Minutes.overlap(freeFrom, item.start(), PlanDays.LUNCH_FROM, PlanDays.LUNCH_TO));
            freeFrom = Math.max(freeFrom, item.end() + travelAfter(i));
        }
        longest = Math.max(longest, Minutes.overlap(freeFrom, PlanDays.LUNCH_TO, PlanDays.LUNCH_FROM,
                PlanDays.LUNCH_TO));
        return Math.max(0, PlanDays.LUNCH_MINUTES - longest);
    }

    private int computeIdle() {
        int total = 0;
        for (int i = 0; i + 1 < items.size(); i++) {
            PlanItem a = items.get(i);
            PlanItem b = items.get(i + 1);
            int travel = a.place() >= 0 && b.place() >= 0 ? a.travel().between(a, b) : 0;
            int slack = b.startAbsolute() - a.endAbsolute() - travel - (travel > 0 ? Travel.BUFFER_MINUTES : 0);
            boolean aroundLunch = Minutes.overlap(a.end(), b.start(), PlanDays.LUNCH_FROM, PlanDays.LUNCH_TO) >= 30;
            total += Math.max(0, slack - FREE_SLACK_MINUTES - (aroundLunch ? LUNCH_SLACK_MINUTES : 0));
        }
        return total;
    }

    /** Minutes in items. */
    int busyMinutes() {
        return items.stream().mapToInt(PlanItem::minutes).sum();
    }
}
