package org.visitplanner.logic.planner;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.visitplanner.logic.undo.DeletedRows;
import org.visitplanner.model.DayLimits;
import org.visitplanner.model.VisitToPlace;

/** What "Plan for me" keeps: a trip's visits to place, the pins of its events and the hours of a planned day. */
public interface PlannerRepository {

    /** A trip's visits, placed or not, in the order they were listed. */
    List<VisitToPlace> visits(long tripId);

    Optional<VisitToPlace> visit(long visitId);

    /**
     * Stores a new visit with who must attend and returns it with its id; one whose id is not 0 is stored under
     * that id (an undone deletion comes back as it was).
     */
    VisitToPlace insert(VisitToPlace visit);

    /**
     * Replaces a visit's fields and attendees if it is still at {@code visit.version()}; returns it with its new
     * version. Throws {@link org.visitplanner.logic.DataProblem} (STALE) when someone changed or deleted it.
     */
    VisitToPlace update(VisitToPlace visit);

    /** Deletes a visit still at {@code version} (else STALE) and returns all it took, for undo. */
    DeletedRows delete(long visitId, int version);

    /** The user's pins of a trip's events: true pinned, false free to move; absent: the default. */
    Map<Long, Boolean> pins(long tripId);

    /** Sets ({@code pinned} present) or clears (empty: back to the default) the pin of an event. */
    void setPin(long eventId, Optional<Boolean> pinned);

    /** The events of a trip that have a meeting record (pinned by default). */
    Set<Long> eventsWithMeetingRecord(long tripId);

    /** The hours a planned day of the trip may span; {@link DayLimits#DEFAULT} when never set. */
    DayLimits dayLimits(long tripId);

    void saveDayLimits(long tripId, DayLimits limits);
}
