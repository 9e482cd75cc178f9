package org.visitplanner.logic.followup;

import java.util.List;

/** Action items across all trips, with their meeting, trip, institution and owner. */
public interface FollowUpRepository {

    /** Every action item: open ones by due date first (no date last), then the others. */
    List<FollowUp> findAll();
}
