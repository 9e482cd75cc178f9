package org.visitplanner.logic.itinerary;

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
import org.visitplanner.logic.trip.TripRepository;
import org.visitplanner.model.Closure;
import org.visitplanner.model.Contact;
import org.visitplanner.model.Coordinates;
import org.visitplanner.model.Event;
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

    public ItineraryService(Transactions transactions, TripRepository trips, EventRepository events,
                            InstitutionRepository institutions, ContactRepository contacts,
                            TravelOverrideRepository overrides) {
        this.transactions = transactions;
        this.trips = trips;
        this.events = events;
        this.institutions = institutions;
        this.contacts = contacts;
        this.overrides = overrides;
    }

    /**
     * The itinerary of a trip as it is now: the single source of its events, legs and problems for views, checks and
     * documents. Empty when there is no such trip. Reads in one transaction, so the parts agree.
     */
    public Optional<Itinerary> load(long tripId) {
        return transactions.inTransaction(() -> trips.findById(tripId).map(this::read));
    }

    private Itinerary read(Trip trip) {
        List<Event> tripEvents = events.findByTrip(trip.id());
        Map<Long, Institution> all = institutions.findAll().stream()
                .collect(Collectors.toMap(Institution::id, Function.identity()));
        // Hours and closures only of the institutions the trip goes to: a trip visits a handful of them.
        Set<Long> visited = tripEvents.stream().map(Event::institutionId).filter(id -> id != null)
                .collect(Collectors.toSet());
        Map<Long, List<OpeningHours>> hours = new HashMap<>();
        Map<Long, List<Closure>> closed = new HashMap<>();
        for (long id : visited) {
            hours.put(id, institutions.openingHours(id));
            closed.put(id, institutions.closures(id));
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

    /** A new event (not stored yet; {@link ItineraryEdit#apply()} stores it). */
    public ItineraryEdit addEvent(Event event) {
        return new ItineraryEdit.AddEvent(transactions, events, event);
    }

    /** A change of a stored event from {@code before} (as read) to {@code after}. */
    public ItineraryEdit changeEvent(Event before, Event after, ItineraryEdit.Change change) {
        return new ItineraryEdit.ChangeEvent(transactions, events, before, after, change);
    }

    /** The deletion of an event, with the travel overrides that start or end at it. */
    public ItineraryEdit deleteEvent(Itinerary itinerary, Event event) {
        return new ItineraryEdit.DeleteEvent(transactions, events, overrides, event, itinerary.overridesOf(event.id()));
    }

    /**
     * Setting ({@code override} present: its mode, minutes and notes) or removing ({@code override} empty, back to the
     * estimate) the user's own travel time of the leg {@code fromEventId → toEventId}.
     */
    public ItineraryEdit setTravel(Itinerary itinerary, long fromEventId, long toEventId,
                                   Optional<TravelOverride> override) {
        String from = itinerary.event(fromEventId).map(itinerary::placeName).orElse("");
        String to = itinerary.event(toEventId).map(itinerary::placeName).orElse("");
        return new ItineraryEdit.SetTravel(transactions, overrides, itinerary.trip().id(), fromEventId, toEventId,
                itinerary.override(fromEventId, toEventId), override, from + " → " + to);
    }
}
