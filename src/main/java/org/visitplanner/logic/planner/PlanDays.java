package org.visitplanner.logic.planner;

import java.time.LocalDate;

/**
 * The frame of a plan: the trip's days (index 0 is its first day) and the hours a planned day may span, in minutes
 * since midnight, venue time. Shared by every item of a plan.
 */
public record PlanDays(LocalDate firstDay, int count, int dayStart, int dayEnd) {

    /** The lunch break everyone should get: 45 minutes between 11:45 and 14:15. */
    public static final int LUNCH_FROM = 11 * 60 + 45;
    public static final int LUNCH_TO = 14 * 60 + 15;
    public static final int LUNCH_MINUTES = 45;

    public LocalDate date(int day) {
        return firstDay.plusDays(day);
    }

    public boolean inTrip(int day) {
        return day >= 0 && day < count;
    }
}
