package org.visitplanner.logic.itinerary;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.visitplanner.logic.Transactions;
import org.visitplanner.logic.directory.ContactRepository;
import org.visitplanner.logic.directory.InstitutionRepository;
import org.visitplanner.logic.history.HistoryRepository;
import org.visitplanner.logic.meeting.MeetingContents;
import org.visitplanner.logic.trip.DayNoteRepository;
import org.visitplanner.logic.trip.TripRepository;
import org.visitplanner.logic.undo.Edits;
import org.visitplanner.logic.undo.Restorer;
import org.visitplanner.logic.undo.RowScope;
import org.visitplanner.logic.undo.RowStore;
import org.visitplanner.logic.undo.UndoHistory;
import org.visitplanner.model.Closure;
import org.visitplanner.model.Contact;
import org.visitplanner.model.Coordinates;
import org.visitplanner.model.Event;
import org.visitplanner.model.FieldChange;
import org.visitplanner.model.Institution;
import org.visitplanner.model.OpeningHours;
import org.visitplanner.model.TravelOverride;
import org.visitplanner.model.Trip;

/**
 * Reads a trip's whole itinerary at once and builds the undoable edits of it. Every edit writes in one transaction
 * with optimistic locking; see {@link ItineraryEdit}.
 */
public final class ItineraryService {

    private final Transactions transactions;
    private final TripRepository trips;
    private final EventRepository events;
    private final InstitutionRepository institutions;
    private final ContactRepository contacts;
    private final TravelOverrideRepository overrides;
    private final DayNoteRepository dayNotes;
    private final RowStore rows;
    private final Restorer restorer;
    private final HistoryRepository history;

    /** Who changed an event and its meeting record, and when (the event's details show it). */
    public List<FieldChange> changesOf(long eventId) {
        return history.ofEvent(eventId);
    }

    public ItineraryService(Transactions transactions, TripRepository trips, EventRepository events,
                            InstitutionRepository institutions, ContactRepository contacts,
                            TravelOverrideRepository overrides, DayNoteRepository dayNotes, RowStore rows,
                            Restorer restorer, HistoryRepository history) {
        this.transactions = transactions;
        this.history = history;
        this.trips = trips;
        this.events = events;
        this.institutions = institutions;
        this.contacts = contacts;
        this.overrides = overrides;
        this.dayNotes = dayNotes;
        this.rows = rows;
        this.restorer = restorer;
    }

    /**
     * The itinerary of a trip as it is now: the single source of its events, legs and problems for views, checks and
     * documents. Empty when there is no such trip. Reads one snapshot (see Transactions#read), so the parts agree.
     */
    public Optional<Itinerary> load(long tripId) {
        return transactions.read(() -> trips.findById(tripId).map(this::read));
    }

    private Itinerary read(Trip trip) {
        List<Event> tripEvents = events.findByTrip(trip.id());
        Map<Long, Institution> all = institutions.findAll().stream()
                .collect(Collectors.toMap(Institution::id, Function.identity()));
        // Hours and closures only of the institutions the trip goes to: a trip visits a handful of them.
        Set<Long> visited = tripEvents.stream().map(Event::institutionId).filter(id -> id != null)
                .collect(Collectors.toSet());
        Map<Long, List<OpeningHours>> hours = new HashMap<>(institutions.openingHoursOf(visited));
        Map<Long, List<Closure>> closed = new HashMap<>(institutions.closuresOf(visited));
        for (long id : visited) {
            hours.putIfAbsent(id, List.of());
            closed.putIfAbsent(id, List.of());
        }
        Map<Long, Contact> people = contacts.findAll().stream()
                .collect(Collectors.toMap(Contact::id, Function.identity()));
        Map<Long, Coordinates> freeLocations = new HashMap<>();
        events.calendarFacts(trip.id()).forEach((id, facts) -> {
            if (facts.position() != null) {
                freeLocations.put(id, facts.position());
            }
        });
        return new Itinerary(trip, trips.members(trip.id()), tripEvents, all, hours, closed, people,
                overrides.findByTrip(trip.id())).withPositions(freeLocations);
    }

    /**
     * The trip named on a command line: an id, else an exact name. Empty when none matches; throws
     * {@link AmbiguousTripException} when several trips have that name.
     */
    public Optional<Trip> findTrip(String idOrName) {
        String text = idOrName == null ? "" : idOrName.trim();
        if (text.matches("\\d{1,18}")) {
            Optional<Trip> byId = trips.findById(Long.parseLong(text));
            if (byId.isPresent()) {
                return byId;
            }
        }
        List<Trip> named = trips.findByName(idOrName);
        if (named.size() > 1) {
            throw new AmbiguousTripException(idOrName, named);
        }
        return named.stream().findFirst();
    }

    /** Several trips have the name given. */
    public static final class AmbiguousTripException extends RuntimeException {
        private final transient List<Trip> candidates;

        AmbiguousTripException(String name, List<Trip> candidates) {
            super("several trips are named " + name);
            this.candidates = List.copyOf(candidates);
        }

        public List<Trip> candidates() {
            return candidates;
        }
    }

    /** The event as stored now (empty when deleted). */
    public Optional<Event> event(long eventId) {
        return events.findById(eventId);
    }

    /** A new event (not stored yet; {@link ItineraryEdit#apply()} stores it). */
    public ItineraryEdit addEvent(Event event) {
        return new ItineraryEdit.AddEvent(transactions, events, restorer, event);
    }

    /** A change of a stored event from {@code before} (as the user saw it) to {@code after}. */
    public ItineraryEdit changeEvent(Event before, Event after, ItineraryEdit.Change change) {
        return new ItineraryEdit.ChangeEvent(transactions, events, rows, before, after, change);
    }

    /**
     * The deletion of an event (as the user saw it) with all that belongs to it: its meeting record (notes, outcomes,
     * actions, attendees, attachment rows) and its travel times; undo brings all of it back.
     */
    public ItineraryEdit deleteEvent(Event event) {
        return new ItineraryEdit.DeleteEvent(transactions, events, restorer, event);
    }

    /**
     * What deleting the event would take with it that the user wrote: its meeting record, if it has one. Empty when
     * the event has no meeting record (or is gone).
     */
    public Optional<MeetingContents> recordOf(long eventId) {
        return MeetingContents.of(events.whatGoesWith(eventId));
    }

    /** Notes for a day of a trip (blank removes them), one undoable edit. */
    public UndoHistory.Edit saveDayNote(long tripId, LocalDate day, String notes, String label) {
        return Edits.change(label, transactions, rows, List.of(RowScope.of("DAY_NOTE", "TRIP_ID", tripId, "NOTE_DAY",
                day)), () -> {
                    dayNotes.save(tripId, day, notes);
                    return null;
                });
    }

    /**
     * Setting ({@code override} present: its mode, minutes and notes) or removing ({@code override} empty, back to the
     * estimate) the user's own travel time of the leg {@code fromEventId → toEventId}.
     */
    public ItineraryEdit setTravel(Itinerary itinerary, long fromEventId, long toEventId,
                                   Optional<TravelOverride> override) {
        String from = itinerary.event(fromEventId).map(itinerary::placeName).orElse("");
        String to = itinerary.event(toEventId).map(itinerary::placeName).orElse("");
        return new ItineraryEdit.SetTravel(transactions, overrides, rows, itinerary.trip().id(), fromEventId, toEventId,
                itinerary.override(fromEventId, toEventId), override, from + " → " + to);
    }
}
