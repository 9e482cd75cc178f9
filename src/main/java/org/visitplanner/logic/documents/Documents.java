package org.visitplanner.logic.documents;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.visitplanner.logic.Transactions;
import org.visitplanner.logic.directory.ContactRepository;
import org.visitplanner.logic.directory.InstitutionRepository;
import org.visitplanner.logic.directory.MemberRepository;
import org.visitplanner.logic.directory.PartnershipRepository;
import org.visitplanner.logic.directory.PartnershipStatusRepository;
import org.visitplanner.logic.io.AtomicFiles;
import org.visitplanner.logic.itinerary.EventRepository;
import org.visitplanner.logic.itinerary.Itinerary;
import org.visitplanner.logic.itinerary.ItineraryService;
import org.visitplanner.logic.meeting.MeetingRepository;
import org.visitplanner.logic.meeting.TripRecords;
import org.visitplanner.logic.trip.DayNoteRepository;
import org.visitplanner.logic.trip.TripRepository;
import org.visitplanner.model.Event;
import org.visitplanner.model.Member;
import org.visitplanner.model.TravelLeg;
import org.visitplanner.model.Trip;

/**
 * Makes the documents of a trip — PDF schedules, meeting briefs and the outcomes report, the calendar file and the
 * itinerary CSV — from one snapshot of its data. The same PDF is saved, previewed and printed.
 */
public final class Documents {

    private final Transactions transactions;
    private final TripRepository trips;
    private final EventRepository events;
    private final MemberRepository members;
    private final InstitutionRepository institutions;
    private final ContactRepository contacts;
    private final PartnershipRepository partnerships;
    private final DayNoteRepository dayNotes;
    private final ItineraryService itinerary;
    private final MeetingRepository meetings;
    private final PartnershipStatusRepository statusChanges;

    public Documents(Transactions transactions, TripRepository trips, EventRepository events, MemberRepository members,
                     InstitutionRepository institutions, ContactRepository contacts,
                     PartnershipRepository partnerships, DayNoteRepository dayNotes, ItineraryService itinerary,
                     MeetingRepository meetings, PartnershipStatusRepository statusChanges) {
        this.transactions = transactions;
        this.trips = trips;
        this.events = events;
        this.members = members;
        this.institutions = institutions;
        this.contacts = contacts;
        this.partnerships = partnerships;
        this.dayNotes = dayNotes;
        this.itinerary = itinerary;
        this.meetings = meetings;
        this.statusChanges = statusChanges;
    }

    /**
     * Reads everything the documents of {@code trip} show, as one snapshot (safe off the data thread: an edit
     * committed meanwhile is either wholly in the documents or not at all), in a number of queries that does not
     * grow with the trip's events. The travel legs are the itinerary's own, so that paper and screen give the same
     * journeys.
     */
    public TripDocumentData load(Trip trip) {
        return transactions.read(() -> {
            List<TravelLeg> legs = itinerary.load(trip.id()).map(Itinerary::legs).orElse(List.of());
            List<Event> tripEvents = events.findByTrip(trip.id());
            return TripDocumentData.of(trip, tripEvents, trips.members(trip.id()), members.findAll(),
                    institutions.findAll(), contacts.findAll(), partnerships.findAll(),
                    dayNotes.findByTrip(trip.id()), legs, meetingFacts(trip, tripEvents),
                    events.calendarFacts(trip.id()));
        });
    }

    private MeetingFacts meetingFacts(Trip trip, List<Event> tripEvents) {
        TripRecords records = meetings.recordsOfTrip(trip.id());
        Set<Long> visited = tripEvents.stream().map(Event::institutionId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        return new MeetingFacts(records.recordByEvent(), records.outcomesByEvent(), records.actionsByEvent(),
                records.attendeesByEvent(), meetings.visitsTo(visited), statusChanges.findAll());
    }

    /** Writes {@code format} to {@code target}, replacing an existing file only once the new one is complete. */
    public void export(TripDocumentData data, ExportFormat format, DocumentOptions options, Path target,
                       Progress progress) throws IOException {
        AtomicFiles.writeUserFile(target, out -> write(data, format, options, out, progress));
    }

    /** Writes {@code format} to {@code out}. */
    public void write(TripDocumentData data, ExportFormat format, DocumentOptions options, OutputStream out,
                      Progress progress) throws IOException {
        switch (format) {
            case ICS -> new CalendarExport(data, options).write(out);
            case CSV -> new ItineraryCsv(data, options).write(out);
            default -> new PdfDocuments(data, options).write(format, out, progress);
        }
    }

    /** The members a member schedule or calendar covers: the one chosen, else the whole delegation. */
    static List<Member> membersCovered(TripDocumentData data, DocumentOptions options) {
        if (options.memberId() == null) {
            return data.delegation();
        }
        Member member = data.membersById().get(options.memberId());
        return member == null ? List.of() : List.of(member);
    }
}
