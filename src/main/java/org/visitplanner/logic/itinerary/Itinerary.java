package org.visitplanner.logic.itinerary;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.visitplanner.logic.text.TextFold;
import org.visitplanner.model.Closure;
import org.visitplanner.model.Contact;
import org.visitplanner.model.Coordinates;
import org.visitplanner.model.Event;
import org.visitplanner.model.EventStatus;
import org.visitplanner.model.Institution;
import org.visitplanner.model.Member;
import org.visitplanner.model.OpeningHours;
import org.visitplanner.model.TravelLeg;
import org.visitplanner.model.TravelMode;
import org.visitplanner.model.TravelOverride;
import org.visitplanner.model.Trip;

/**
 * Everything needed to show, check and print one trip's itinerary, read at one moment: the trip, its delegation,
 * its events, the institutions they happen at (with opening hours, closures and contacts) and the user's travel
 * overrides. Immutable; the travel legs and the problems are worked out once, on first use.
 *
 * <p>This is the one source of legs and problems: the views, the {@code check} command and printed documents all ask
 * an {@code Itinerary} (from {@link ItineraryService#load(long)}), so they always agree.
 */
public final class Itinerary {

    private final Trip trip;
    private final List<Member> members;
    private final List<Event> events;
    private final Map<Long, Institution> institutions;
    private final Map<Long, List<OpeningHours>> openingHours;
    private final Map<Long, List<Closure>> closures;
    private final Map<Long, Contact> contacts;
    private final Map<String, TravelOverride> overrides;
    private final Map<Long, Event> eventsById;
    /** Each event's times on the venue clock and as instants, worked out once: the checks ask for them often. */
    private final Map<Long, Times> times;
    private List<TravelLeg> legs;
    private List<ItineraryProblem> problems;
    private Map<Long, List<Event>> byMember;
    private final Map<Long, Optional<String>> placeKeys = new HashMap<>();
    /** Map positions of free locations (from calendar files), by event id. */
    private Map<Long, Coordinates> positions = Map.of();

    /**
     * @param events       the trip's events (any order)
     * @param institutions at least those the events happen at
     * @param openingHours by institution id; an institution without an entry has no known hours
     * @param closures     by institution id
     * @param contacts     at least the events' hosts
     * @param overrides    the user's travel legs
     */
    public Itinerary(Trip trip, List<Member> members, List<Event> events, Map<Long, Institution> institutions,
                     Map<Long, List<OpeningHours>> openingHours, Map<Long, List<Closure>> closures,
                     Map<Long, Contact> contacts, List<TravelOverride> overrides) {
        this.trip = Objects.requireNonNull(trip, "trip");
        this.members = List.copyOf(members);
        this.times = new HashMap<>();
        for (Event e : events) {
            times.put(e.id(), new Times(e.zonedStart().withZoneSameInstant(trip.venueZone()).toLocalDateTime(),
                    e.zonedEnd().withZoneSameInstant(trip.venueZone()).toLocalDateTime(),
                    e.zonedStart().toEpochSecond(), e.zonedEnd().toEpochSecond()));
        }
        this.events = events.stream().sorted(Comparator
                .comparingLong((Event e) -> times.get(e.id()).startSecond())
                .thenComparingLong(e -> times.get(e.id()).endSecond())
                .thenComparingLong(Event::id)).toList();
        this.institutions = Map.copyOf(institutions);
        this.openingHours = Map.copyOf(openingHours);
        this.closures = Map.copyOf(closures);
        this.contacts = Map.copyOf(contacts);
        this.overrides = overrides.stream()
                .collect(Collectors.toMap(o -> key(o.fromEventId(), o.toEventId()), Function.identity(), (a, b) -> b));
        this.eventsById = this.events.stream().collect(Collectors.toMap(Event::id, Function.identity(), (a, b) -> a));
    }

    /**
     * Whether {@code other} holds the same data (the trip, its members and events, their places, hours, closures,
     * hosts and travel): its legs and problems are then the same. A trip read again unchanged is not checked again.
     */
    public boolean sameContent(Itinerary other) {
        return other == this || other != null && trip.equals(other.trip) && members.equals(other.members)
                && events.equals(other.events) && institutions.equals(other.institutions)
                && openingHours.equals(other.openingHours) && closures.equals(other.closures)
                && contacts.equals(other.contacts) && overrides.equals(other.overrides)
                && positions.equals(other.positions);
    }

    /** The same itinerary with other events (e.g. one moved before it is saved); legs and problems follow them. */
    public Itinerary withEvents(List<Event> newEvents) {
        return new Itinerary(trip, members, newEvents, institutions, openingHours, closures, contacts,
                List.copyOf(overrides.values())).withPositions(positions);
    }

    /** The same itinerary knowing where free locations are (by event id), so that journeys to them get times. */
    public Itinerary withPositions(Map<Long, Coordinates> freeLocations) {
        Itinerary copy = new Itinerary(trip, members, events, institutions, openingHours, closures, contacts,
                List.copyOf(overrides.values()));
        copy.positions = Map.copyOf(freeLocations);
        return copy;
    }


    /**
     * The same itinerary knowing the opening hours and closures of more institutions: places events may be planned
     * at (an institution already known keeps its own).
     */
    public Itinerary withOpeningHours(Map<Long, List<OpeningHours>> moreHours, Map<Long, List<Closure>> moreClosures) {
        Map<Long, List<OpeningHours>> hours = new HashMap<>(moreHours);
        hours.putAll(openingHours);
        Map<Long, List<Closure>> closed = new HashMap<>(moreClosures);
        closed.putAll(closures);
        return new Itinerary(trip, members, events, institutions, hours, closed, contacts,
                List.copyOf(overrides.values()));
    }

    public Trip trip() {
        return trip;
    }

    /** The delegation, in its order (head first). */
    public List<Member> members() {
        return members;
    }

    /** All events of the trip, cancelled ones included, in time order. */
    public List<Event> events() {
        return events;
    }

    public Optional<Event> event(long eventId) {
        return Optional.ofNullable(eventsById.get(eventId));
    }

    /** The events of one day of the trip (by venue time), in time order. */
    public List<Event> eventsOn(LocalDate day) {
        return events.stream().filter(e -> venueStart(e).toLocalDate().equals(day)).toList();
    }

    public Optional<Institution> institution(Long institutionId) {
        return institutionId == null ? Optional.empty() : Optional.ofNullable(institutions.get(institutionId));
    }

    /** The institution an event happens at, if any. */
    public Optional<Institution> institutionOf(Event event) {
        return institution(event.institutionId());
    }

    public List<Institution> institutions() {
        return institutions.values().stream().sorted(Comparator.comparing(Institution::officialName)).toList();
    }

    public List<OpeningHours> openingHours(long institutionId) {
        return openingHours.getOrDefault(institutionId, List.of());
    }

    public List<Closure> closures(long institutionId) {
        return closures.getOrDefault(institutionId, List.of());
    }

    public Optional<Contact> contact(long contactId) {
        return Optional.ofNullable(contacts.get(contactId));
    }

    /** The contacts of an institution, by name (the hosts one can choose for an event there). */
    public List<Contact> contactsOf(long institutionId) {
        return contacts.values().stream().filter(c -> c.institutionId() == institutionId)
                .sorted(Comparator.comparing(Contact::nameLatin)).toList();
    }

    public Optional<Member> member(long memberId) {
        return members.stream().filter(m -> m.id() == memberId).findFirst();
    }

    /** The user's override of the leg from one event to another, if any. */
    public Optional<TravelOverride> override(long fromEventId, long toEventId) {
        return Optional.ofNullable(overrides.get(key(fromEventId, toEventId)));
    }

    public List<TravelOverride> overrides() {
        return List.copyOf(overrides.values());
    }

    /** The overrides that start or end at an event (they go when it is deleted). */
    public List<TravelOverride> overridesOf(long eventId) {
        return overrides.values().stream().filter(o -> o.fromEventId() == eventId || o.toEventId() == eventId)
                .toList();
    }

    /** The event's start as a wall-clock time of the trip's venue zone. */
    public LocalDateTime venueStart(Event event) {
        Times known = times.get(event.id());
        return known != null && eventsById.get(event.id()) == event ? known.venueStart()
                : event.zonedStart().withZoneSameInstant(trip.venueZone()).toLocalDateTime();
    }

    /** The event's end as a wall-clock time of the trip's venue zone. */
    public LocalDateTime venueEnd(Event event) {
        Times known = times.get(event.id());
        return known != null && eventsById.get(event.id()) == event ? known.venueEnd()
                : event.zonedEnd().withZoneSameInstant(trip.venueZone()).toLocalDateTime();
    }

    /** Seconds since the epoch at which an event of this itinerary starts and ends (for comparing across zones). */
    long startSecond(Event event) {
        return times.get(event.id()).startSecond();
    }

    long endSecond(Event event) {
        return times.get(event.id()).endSecond();
    }

    private record Times(LocalDateTime venueStart, LocalDateTime venueEnd, long startSecond, long endSecond) {
    }

    /** A short name of where an event happens: the institution's label, else the free location, else "". */
    public String placeName(Event event) {
        return institutionOf(event).map(Institution::label)
                .orElse(event.location() == null ? "" : event.location().trim());
    }

    /**
     * Every travel leg of the trip, in time order: for each member, each pair of consecutive events of the same day
     * at different places (cancelled events do not count). Members making the same journey share one leg.
     */
    public List<TravelLeg> legs() {
        if (legs == null) {
            legs = computeLegs();
        }
        return legs;
    }

    /** The legs one member travels, in time order (what a personal day sheet prints). */
    public List<TravelLeg> legsOf(long memberId) {
        return legs().stream().filter(l -> l.memberIds().contains(memberId)).toList();
    }

    /** The leg from one event to another, when someone makes that journey. */
    public Optional<TravelLeg> leg(long fromEventId, long toEventId) {
        return legs().stream().filter(l -> l.fromEventId() == fromEventId && l.toEventId() == toEventId).findFirst();
    }

    /** What cannot work or deserves a look, by the default rules, sorted by day, severity and time. */
    public List<ItineraryProblem> problems() {
        if (problems == null) {
            problems = ItineraryChecks.run(this, ItineraryChecks.Rules.DEFAULT);
        }
        return problems;
    }

    /**
     * Where an event happens, for deciding whether people move: the institution, else the folded free location;
     * empty when the event says nothing about its place.
     */
    Optional<String> placeKey(Event event) {
        return placeKeys.computeIfAbsent(event.id(), id -> {
            if (event.institutionId() != null) {
                return Optional.of("institution:" + event.institutionId());
            }
            String location = TextFold.fold(event.location());
            return location.isEmpty() ? Optional.empty() : Optional.of("location:" + location);
        });
    }

    /** The coordinates of the place of an event, when known: its institution's, else its free location's. */
    Optional<Coordinates> coordinatesOf(Event event) {
        if (event.institutionId() != null) {
            return institutionOf(event).map(Institution::coordinates);
        }
        return Optional.ofNullable(positions.get(event.id()));
    }

    /** Events that happen (not cancelled), in time order. */
    List<Event> activeEvents() {
        return events.stream().filter(e -> e.status() != EventStatus.CANCELLED).toList();
    }

    private List<TravelLeg> computeLegs() {
        Map<String, List<Long>> travellers = new LinkedHashMap<>();
        Map<String, Event[]> pairs = new HashMap<>();
        for (Map.Entry<Long, List<Event>> ofMember : activeEventsByMember().entrySet()) {
            long memberId = ofMember.getKey();
            Event previous = null;
            for (Event event : ofMember.getValue()) {
                if (previous != null && venueStart(previous).toLocalDate().equals(venueStart(event).toLocalDate())) {
                    Optional<String> from = placeKey(previous);
                    Optional<String> to = placeKey(event);
                    if (from.isPresent() && to.isPresent() && !from.equals(to)) {
                        String key = key(previous.id(), event.id());
                        travellers.computeIfAbsent(key, k -> new ArrayList<>()).add(memberId);
                        pairs.put(key, new Event[] {previous, event});
                    }
                }
                previous = event;
            }
        }
        List<TravelLeg> result = new ArrayList<>();
        for (Map.Entry<String, List<Long>> entry : travellers.entrySet()) {
            Event[] pair = pairs.get(entry.getKey());
            result.add(leg(pair[0], pair[1], entry.getValue()));
        }
        result.sort(Comparator.comparing(TravelLeg::departure).thenComparing(TravelLeg::arrival)
                .thenComparingLong(TravelLeg::fromEventId).thenComparingLong(TravelLeg::toEventId));
        return List.copyOf(result);
    }

    private TravelLeg leg(Event from, Event to, List<Long> memberIds) {
        Optional<Coordinates> a = coordinatesOf(from);
        Optional<Coordinates> b = coordinatesOf(to);
        Double km = a.isPresent() && b.isPresent() ? TravelEstimator.distanceKm(a.get(), b.get()) : null;
        TravelOverride override = overrides.get(key(from.id(), to.id()));
        TravelMode mode;
        OptionalInt minutes;
        if (override != null) {
            mode = override.mode();
            minutes = OptionalInt.of(override.minutes());
        } else if (km != null) {
            mode = TravelEstimator.defaultMode(km);
            minutes = OptionalInt.of(TravelEstimator.minutes(km, mode));
        } else {
            mode = null;
            minutes = OptionalInt.empty();
        }
        List<Long> orderedMembers = members.stream().map(Member::id).filter(memberIds::contains).toList();
        if (orderedMembers.size() != memberIds.size()) {
            orderedMembers = memberIds; // someone not (or no longer) on the trip still travels
        }
        return new TravelLeg(from.id(), to.id(), orderedMembers, venueEnd(from), venueStart(to), mode, minutes, km,
                override != null);
    }

    /**
     * For each member (the delegation in its order, then anyone else named in events), the events they take part in
     * that happen (not cancelled), in time order.
     */
    Map<Long, List<Event>> activeEventsByMember() {
        if (byMember == null) {
            Map<Long, List<Event>> map = new LinkedHashMap<>();
            members.forEach(m -> map.put(m.id(), new ArrayList<>()));
            for (Event event : events) {
                if (event.status() != EventStatus.CANCELLED) {
                    for (Long id : event.participantIds()) {
                        map.computeIfAbsent(id, k -> new ArrayList<>()).add(event);
                    }
                }
            }
            byMember = map;
        }
        return byMember;
    }

    /** The display name of a member, also for one who is no longer on the trip. */
    String memberName(long memberId) {
        return member(memberId).map(Member::displayName).orElse("#" + memberId);
    }

    private static String key(long from, long to) {
        return from + ">" + to;
    }
}
