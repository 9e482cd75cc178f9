package org.visitplanner.logic.documents;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.visitplanner.logic.meeting.Visit;
import org.visitplanner.model.ActionItem;
import org.visitplanner.model.MeetingRecord;
import org.visitplanner.model.Outcome;
import org.visitplanner.model.PartnershipStatusChange;

/**
 * What the meeting records of a trip say, for the briefs and the outcomes report: each event's record, outcomes,
 * action items and who attended; every visit to the institutions the trip goes to (also on other trips); and the
 * partnership status changes.
 *
 * @param attendeesByEvent members recorded as attending (absent: no record says who came)
 */
public record MeetingFacts(Map<Long, MeetingRecord> recordByEvent, Map<Long, List<Outcome>> outcomesByEvent,
                           Map<Long, List<ActionItem>> actionsByEvent, Map<Long, List<Long>> attendeesByEvent,
                           Map<Long, List<Visit>> visitsByInstitution, List<PartnershipStatusChange> statusChanges) {

    /** No meeting records at all. */
    public static final MeetingFacts NONE = new MeetingFacts(Map.of(), Map.of(), Map.of(), Map.of(), Map.of(),
            List.of());

    public MeetingFacts {
        recordByEvent = Map.copyOf(recordByEvent);
        outcomesByEvent = Map.copyOf(outcomesByEvent);
        actionsByEvent = Map.copyOf(actionsByEvent);
        attendeesByEvent = Map.copyOf(attendeesByEvent);
        visitsByInstitution = Map.copyOf(visitsByInstitution);
        statusChanges = List.copyOf(statusChanges);
    }

    public Optional<MeetingRecord> record(long eventId) {
        return Optional.ofNullable(recordByEvent.get(eventId));
    }

    public List<Outcome> outcomes(long eventId) {
        return outcomesByEvent.getOrDefault(eventId, List.of());
    }

    public List<ActionItem> actions(long eventId) {
        return actionsByEvent.getOrDefault(eventId, List.of());
    }

    /** Every visit to the institution, newest first, as the institution's history shows it. */
    public List<Visit> visits(long institutionId) {
        return visitsByInstitution.getOrDefault(institutionId, List.of());
    }
}
