package org.visitplanner.logic.followup;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

import org.visitplanner.model.ActionStatus;

/**
 * What the follow-up list shows. A null criterion lets everything through.
 *
 * @param ownerMemberId only items owned by this member ({@link #NOBODY} for items nobody owns)
 * @param status        only items in this status
 * @param due           only items due in this range, seen from {@code today}
 */
public record FollowUpFilter(Long ownerMemberId, Long institutionId, Long tripId, ActionStatus status, Due due) {

    /** The owner id that selects items without an owner. */
    public static final long NOBODY = -1;

    /** Ranges of due dates. */
    public enum Due {
        ANY, OVERDUE, NEXT_7_DAYS, NEXT_30_DAYS, NO_DATE;

        boolean accepts(LocalDate due, LocalDate today) {
            return switch (this) {
                case ANY -> true;
                case OVERDUE -> due != null && due.isBefore(today);
                case NEXT_7_DAYS -> due != null && !due.isAfter(today.plusDays(7));
                case NEXT_30_DAYS -> due != null && !due.isAfter(today.plusDays(30));
                case NO_DATE -> due == null;
            };
        }
    }

    public Predicate<FollowUp> on(LocalDate today) {
        return f -> (ownerMemberId == null || ownerMemberId.equals(owner(f)))
                && (institutionId == null || institutionId.equals(f.institutionId()))
                && (tripId == null || tripId == f.tripId())
                && (status == null || status == f.item().status())
                && (due == null || due.accepts(f.item().due(), today));
    }

    public List<FollowUp> apply(List<FollowUp> all, LocalDate today) {
        return all.stream().filter(on(today)).toList();
    }

    private static Long owner(FollowUp f) {
        return f.item().ownerMemberId() == null ? NOBODY : f.item().ownerMemberId();
    }
}
