package org.visitplanner.logic.meeting;

import java.util.List;
import java.util.Map;

import org.visitplanner.model.ActionItem;
import org.visitplanner.model.MeetingRecord;
import org.visitplanner.model.Outcome;

/**
 * The meeting records of one trip's events, each map by event id.
 *
 * @param attendeesByEvent members recorded as attending (absent: no record says who came)
 */
public record TripRecords(Map<Long, MeetingRecord> recordByEvent, Map<Long, List<Outcome>> outcomesByEvent,
                          Map<Long, List<ActionItem>> actionsByEvent, Map<Long, List<Long>> attendeesByEvent) {

    public TripRecords {
        recordByEvent = Map.copyOf(recordByEvent);
        outcomesByEvent = Map.copyOf(outcomesByEvent);
        actionsByEvent = Map.copyOf(actionsByEvent);
        attendeesByEvent = Map.copyOf(attendeesByEvent);
    }
}
