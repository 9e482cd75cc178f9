package org.visitplanner.logic.documents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.visitplanner.logic.itinerary.CalendarFacts;
import org.visitplanner.model.Contact;
import org.visitplanner.model.Event;
import org.visitplanner.model.EventStatus;
import org.visitplanner.model.Institution;
import org.visitplanner.model.Member;
import org.visitplanner.model.Partnership;
import org.visitplanner.model.TravelLeg;
import org.visitplanner.model.Trip;

/**
 * Everything the documents of one trip show, read once (in the background) so that laying out pages touches no
 * database.
 *
 * @param meetings      what the meeting records say ({@link MeetingFacts#NONE} when no document needs it)
 * @param calendarFacts sequence, last change and free-location position of the events, by event id
 */
public record TripDocumentData(Trip trip, List<Event> events, List<Member> delegation,
                               Map<Long, Member> membersById, Map<Long, Institution> institutions,
                               Map<Long, Contact> contacts, Map<Long, List<Partnership>> partnershipsByInstitution,
                               Map<LocalDate, String> dayNotes, List<TravelLeg> legs, MeetingFacts meetings,
                               Map<Long, CalendarFacts> calendarFacts) {

    private static final CalendarFacts NO_FACTS = new CalendarFacts(0, null, null);

    public TripDocumentData {
        events = events.stream()
                .sorted(Comparator.comparing(Event::start).thenComparing(Event::end).thenComparing(Event::id))
                .toList();
        delegation = List.copyOf(delegation);
        dayNotes = Map.copyOf(dayNotes);
        legs = List.copyOf(legs);
        calendarFacts = Map.copyOf(calendarFacts);
    }

    /** Builds the snapshot from what the repositories returned. */
    public static TripDocumentData of(Trip trip, List<Event> events, List<Member> delegation,
                                      Collection<Member> allMembers, Collection<Institution> institutions,
                                      Collection<Contact> contacts, Collection<Partnership> partnerships,
                                      Map<LocalDate, String> dayNotes, List<TravelLeg> legs, MeetingFacts meetings,
                                      Map<Long, CalendarFacts> calendarFacts) {
        return new TripDocumentData(trip, events, delegation,
                allMembers.stream().collect(Collectors.toMap(Member::id, Function.identity())),
                institutions.stream().collect(Collectors.toMap(Institution::id, Function.identity())),
                contacts.stream().collect(Collectors.toMap(Contact::id, Function.identity())),
                partnerships.stream().collect(Collectors.groupingBy(Partnership::institutionId)), dayNotes, legs,
                meetings, calendarFacts);
    }

    /** The same data with other events (a crowded week, a member's part). */
    public TripDocumentData withEvents(List<Event> otherEvents, List<TravelLeg> otherLegs) {
        return new TripDocumentData(trip, otherEvents, delegation, membersById, institutions, contacts,
                partnershipsByInstitution, dayNotes, otherLegs, meetings, calendarFacts);
    }

    /** What calendars need of an event beyond its fields (sequence 0 and nothing else when unknown). */
    public CalendarFacts calendarFacts(Event event) {
        return calendarFacts.getOrDefault(event.id(), NO_FACTS);
    }

    /**
     * The journeys that leave {@code event} for the next venue (usually one; two when the delegation splits up),
     * only those {@code memberId} makes when a member is given.
     */
    public List<TravelLeg> legsFrom(Event event, Long memberId) {
        return legs.stream()
                .filter(leg -> leg.fromEventId() == event.id())
                .filter(leg -> memberId == null || leg.memberIds().contains(memberId))
                .toList();
    }

    public Optional<Event> event(long eventId) {
        return events.stream().filter(e -> e.id() == eventId).findFirst();
    }

    /** The notes for {@code day}, or "". */
    public String dayNote(LocalDate day) {
        return dayNotes.getOrDefault(day, "");
    }

    /** The events of {@code day} that are not cancelled, in time order. */
    public List<Event> eventsOn(LocalDate day) {
        return events.stream().filter(e -> e.day().equals(day) && e.status() != EventStatus.CANCELLED).toList();
    }

    /** The events of {@code day} that are not cancelled, only {@code memberId}'s when a member is given. */
    public List<Event> eventsOn(LocalDate day, Long memberId) {
        return eventsOn(day).stream().filter(e -> memberId == null || e.participantIds().contains(memberId)).toList();
    }

    /** The not-cancelled events {@code memberId} takes part in, in time order. */
    public List<Event> eventsOf(long memberId) {
        return events.stream()
                .filter(e -> e.status() != EventStatus.CANCELLED && e.participantIds().contains(memberId))
                .toList();
    }

    public Optional<Institution> institutionOf(Event event) {
        return event.institutionId() == null ? Optional.empty()
                : Optional.ofNullable(institutions.get(event.institutionId()));
    }

    /** Where an event happens, as one line: the institution's label, else the free location. */
    public String venueLabel(Event event) {
        return institutionOf(event).map(Institution::label)
                .orElse(event.location() == null ? "" : event.location());
    }

    public List<Contact> hostsOf(Event event) {
        return event.hostIds().stream().map(contacts::get).filter(Objects::nonNull).toList();
    }

    public List<Member> participantsOf(Event event) {
        List<Member> participants = new ArrayList<>();
        for (Member member : delegation) {
            if (event.participantIds().contains(member.id())) {
                participants.add(member);
            }
        }
        for (Long id : event.participantIds()) {
            Member member = membersById.get(id);
            if (member != null && !participants.contains(member)) {
                participants.add(member);
            }
        }
        return participants;
    }
}
