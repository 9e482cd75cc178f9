package org.visitplanner.logic.itinerary;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.visitplanner.logic.Transactions;
import org.visitplanner.logic.directory.ContactRepository;
import org.visitplanner.logic.directory.InstitutionRepository;
import org.visitplanner.logic.directory.MemberRepository;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.logic.trip.TripRepository;
import org.visitplanner.model.Contact;
import org.visitplanner.model.Coordinates;
import org.visitplanner.model.Event;
import org.visitplanner.model.Institution;
import org.visitplanner.model.Member;
import org.visitplanner.model.MemberRole;
import org.visitplanner.model.Trip;
import org.visitplanner.model.TripSummary;

/**
 * Imports an iCalendar file ({@code .ics}) into a new trip or an existing one, all or nothing.
 *
 * <ul>
 *   <li>Times honour each event's zone (TZID with the file's VTIMEZONE, Outlook's Windows zone names included, or
 *       UTC) and are stored as wall-clock times of the trip's venue zone.</li>
 *   <li>LOCATION is matched to an institution by name or address (accents and case ignored); ATTENDEEs to the
 *       institution's contacts (hosts) or to members (participants), creating missing members and putting them on the
 *       trip. An event without attendees involves the whole delegation.</li>
 *   <li>The UID becomes the event's uid: importing the same file again updates the events, never duplicates them.</li>
 *   <li>The file is limited in size and event count, parsed completely before anything is written, and written in one
 *       transaction. Nothing in it is fetched or executed (time-zone updates over the network are off).</li>
 * </ul>
 *
 * <p>A file's journey, top to bottom: {@link CalendarFile} reads and checks it whole; {@link CalendarMatches} finds
 * its places and people in the directory; {@link #importFile} then stores the events, all in one transaction.
 */
public final class CalendarImport {

    /** What an import did. */
    public record Result(Trip trip, boolean newTrip, int added, int updated, int membersAdded, List<String> notes) {
        public Result {
            notes = List.copyOf(notes);
        }
    }

    /** The file cannot be imported; the message is one sentence for the user. Nothing was changed. */
    public static final class ImportException extends RuntimeException {
        public ImportException(String message) {
            super(message);
        }

        public ImportException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final Transactions transactions;
    private final TripRepository trips;
    private final MemberRepository members;
    private final InstitutionRepository institutions;
    private final ContactRepository contacts;
    private final EventRepository events;

    public CalendarImport(Transactions transactions, TripRepository trips, MemberRepository members,
                          InstitutionRepository institutions, ContactRepository contacts, EventRepository events) {
        this.transactions = transactions;
        this.trips = trips;
        this.members = members;
        this.institutions = institutions;
        this.contacts = contacts;
        this.events = events;
    }

    /**
     * Imports {@code file} into {@code trip}, or into a new trip when {@code trip} is empty (named after the
     * calendar's X-WR-CALNAME, else the file name, and spanning the days of its events).
     *
     * @throws ImportException when the file is unreadable, malformed, too large, has no timed event or clashes with
     *                         another trip's events; nothing is changed then
     */
    public Result importFile(Path file, Optional<Trip> trip) {
        CalendarFile.Parsed parsed = CalendarFile.parse(file);
        return transactions.inTransaction(() -> store(file, parsed, trip));
    }

    /** The last stage: the file's events matched to the directory and stored in the trip, in one transaction. */
    private Result store(Path file, CalendarFile.Parsed parsed, Optional<Trip> into) {
        Map<String, Event> existing = new HashMap<>();
        for (CalendarFile.Incoming e : parsed.events()) {
            Optional<Event> known = events.findByUid(e.uid());
            if (known.isPresent()) {
                boolean sameTrip = into.isPresent() && known.get().tripId() == into.get().id();
                if (!sameTrip) {
                    Trip other = trips.findById(known.get().tripId()).orElseThrow();
                    throw new ImportException(Messages.get("itinerary.import.otherTrip", e.title(), other.name(),
                            Long.toString(other.id())));
                }
                existing.put(e.uid(), known.get());
            }
        }
        List<Institution> places = institutions.findAll();
        List<Institution> placeOf = parsed.events().stream()
                .map(e -> CalendarMatches.matchInstitution(e.location(), places)
                        .or(() -> e.location().isEmpty() ? CalendarMatches.nearest(e.geo(), places)
                                : Optional.empty())
                        .orElse(null))
                .toList();
        List<TripSummary> allTrips = trips.findAll();
        Trip trip = into.orElseGet(() -> createTrip(parsed, allTrips, placeOf));
        ZoneId venue = trip.venueZone();
        Map<Long, CalendarFacts> facts = into.isPresent() ? events.calendarFacts(trip.id()) : Map.of();

        List<Contact> people = contacts.findAll();
        List<Member> delegation = new ArrayList<>(trips.members(trip.id()));
        List<Member> directory = new ArrayList<>(members.findAll());
        int membersAdded = 0;
        List<Event> toStore = new ArrayList<>();
        for (int i = 0; i < parsed.events().size(); i++) {
            CalendarFile.Incoming e = parsed.events().get(i);
            Institution institution = placeOf.get(i);
            List<Contact> atInstitution = institution == null ? List.of()
                    : people.stream().filter(c -> c.institutionId() == institution.id()).toList();
            List<Contact> hosts = new ArrayList<>();
            for (CalendarFile.Person host : e.hosts()) {
                CalendarMatches.contactNamed(host, atInstitution).filter(c -> !hosts.contains(c)).ifPresent(hosts::add);
            }
            List<Long> participants = new ArrayList<>();
            for (CalendarFile.Person person : e.attendees()) {
                Optional<Member> ours = CalendarMatches.memberOfAddress(person, directory);
                Optional<Contact> host = ours.isPresent() ? Optional.empty()
                        : CalendarMatches.contactNamed(person, atInstitution);
                if (host.isPresent()) {
                    if (!hosts.contains(host.get())) {
                        hosts.add(host.get());
                    }
                    continue;
                }
                Member member = ours.or(() -> directory.stream()
                        .filter(m -> CalendarMatches.samePerson(person, m.nameLatin(), m.nameChinese(), m.email()))
                        .findFirst())
                        .orElse(null);
                if (member == null) {
                    member = members.insert(new Member(0, person.name().isEmpty() ? person.email() : person.name(),
                            null, null, null, MemberRole.MEMBER, person.email().isEmpty() ? null : person.email(),
                            null, null, 0));
                    directory.add(member);
                    membersAdded++;
                }
                long memberId = member.id();
                if (delegation.stream().noneMatch(m -> m.id() == memberId)) {
                    trips.addMember(trip.id(), memberId, delegation.size());
                    delegation.add(member);
                }
                if (!participants.contains(memberId)) {
                    participants.add(memberId);
                }
            }
            LocalDateTime start = e.floating() ? e.start().toLocalDateTime()
                    : e.start().withZoneSameInstant(venue).toLocalDateTime();
            LocalDateTime end = e.floating() ? e.end().toLocalDateTime()
                    : e.end().withZoneSameInstant(venue).toLocalDateTime();
            if (!end.isAfter(start)) {
                throw new ImportException(Messages.get("itinerary.import.malformed", file.getFileName().toString(),
                        Messages.get("itinerary.import.badEvent", e.title(),
                                Messages.get("itinerary.import.endsBeforeStart"))));
            }
            String location = location(e, institution);
            Event known = existing.get(e.uid());
            List<Long> hostIds = hosts.stream().map(Contact::id).toList();
            if (known != null && hostIds.isEmpty() && e.hosts().isEmpty() && Objects.equals(known.institutionId(),
                    institution == null ? null : institution.id())) {
                hostIds = known.hostIds(); // a re-import keeps the hosts chosen in the app when the file names none
            }
            // The hosts line of this app's own DESCRIPTION is hosts, not notes.
            String notes = CalendarFormat.notesOf(e.description(), hosts);
            toStore.add(new Event(known == null ? 0 : known.id(), trip.id(), e.uid(), e.kind(), e.title(), start, end,
                    venue, institution == null ? null : institution.id(), location, e.status(), notes,
                    participants, hostIds, known == null ? 0 : known.version()));
        }
        // Events without attendees involve the whole delegation, as it is after this import.
        List<Long> everyone = delegation.stream().map(Member::id).toList();
        int added = 0;
        int updated = 0;
        for (int i = 0; i < toStore.size(); i++) {
            Event event = toStore.get(i);
            CalendarFile.Incoming e = parsed.events().get(i);
            if (event.participantIds().isEmpty() && !e.nobody()) {
                event = new Event(event.id(), event.tripId(), event.uid(), event.kind(), event.title(), event.start(),
                        event.end(), event.zone(), event.institutionId(), event.location(), event.status(),
                        event.notes(), everyone, event.hostIds(), event.version());
            }
            Event known = existing.get(event.uid());
            CalendarFacts stored = known == null ? null : facts.get(known.id());
            boolean written = true;
            if (known == null) {
                event = events.insert(event);
                added++;
            } else if (!sameContent(known, event)) {
                events.update(event);
                updated++;
            } else {
                written = false; // exactly as stored: the data, and its version, stay as they are
            }
            // A free location keeps the position the file gives it; an institution has its own.
            Coordinates position = event.institutionId() != null ? null
                    : e.geo() != null ? e.geo()
                    : stored != null && Objects.equals(known.location(), event.location()) ? stored.position() : null;
            int sequence = stored == null ? e.sequence() : Math.max(stored.sequence(), e.sequence());
            if (written || stored == null || sequence != stored.sequence()
                    || !Objects.equals(position, stored.position())) {
                events.recordCalendarFacts(event.id(), sequence, position);
            }
        }
        return new Result(trip, into.isEmpty(), added, updated, membersAdded, parsed.notes());
    }

    /**
     * The event's own place text: what this app wrote beside the institution, nothing when LOCATION is just the
     * institution as this app writes it, else LOCATION as it is.
     */
    private static String location(CalendarFile.Incoming e, Institution institution) {
        boolean asWritten = institution != null && e.location().equals(CalendarFormat.location(institution));
        if (asWritten) {
            return e.ownLocation() == null || e.ownLocation().isEmpty() ? null : e.ownLocation();
        }
        return e.location().isEmpty() ? null : e.location();
    }

    /** Whether two versions of an event say the same (participants and hosts in any order). */
    private static boolean sameContent(Event a, Event b) {
        return a.kind() == b.kind() && a.title().equals(b.title()) && a.start().equals(b.start())
                && a.end().equals(b.end()) && a.zone().equals(b.zone())
                && Objects.equals(a.institutionId(), b.institutionId()) && Objects.equals(a.location(), b.location())
                && a.status() == b.status() && Objects.equals(a.notes(), b.notes())
                && Set.copyOf(a.participantIds()).equals(Set.copyOf(b.participantIds()))
                && Set.copyOf(a.hostIds()).equals(Set.copyOf(b.hostIds()));
    }

    private Trip createTrip(CalendarFile.Parsed parsed, List<TripSummary> existing, List<Institution> placeOf) {
        Optional<Trip> latest = existing.stream().map(TripSummary::trip).max(Comparator.comparing(Trip::firstDay));
        int year = parsed.events().get(0).start().getYear();
        ZoneId venue = venueZone(parsed, preferredZones(existing, latest, placeOf), year)
                .or(() -> latest.map(Trip::venueZone)).orElse(ZoneId.of("UTC"));
        // The office at home does not move: take the home zone of the latest trip, else the venue's.
        ZoneId home = latest.map(Trip::homeZone).orElse(venue);
        LocalDate first = null;
        LocalDate last = null;
        for (CalendarFile.Incoming e : parsed.events()) {
            LocalDate startDay = (e.floating() ? e.start() : e.start().withZoneSameInstant(venue)).toLocalDate();
            LocalDate endDay = (e.floating() ? e.end() : e.end().withZoneSameInstant(venue)).minusNanos(1)
                    .toLocalDate();
            first = first == null || startDay.isBefore(first) ? startDay : first;
            last = last == null || endDay.isAfter(last) ? endDay : last;
        }
        return trips.insert(new Trip(0, parsed.calendarName(), first, last.isBefore(first) ? first : last, venue,
                home, false, null, 0));
    }

    /**
     * The venue zone of a new trip: the calendar's own (X-WR-TIMEZONE), else the one most of its events use. A
     * Windows zone name (Outlook's "W. Europe Standard Time") covers several cities: it becomes the zone of where the
     * trip goes when their offsets agree all year, else the city CLDR names first for it.
     */
    private static Optional<ZoneId> venueZone(CalendarFile.Parsed parsed, List<ZoneId> preferred, int year) {
        List<String> names = new ArrayList<>();
        if (parsed.declaredZone() != null) {
            names.add(parsed.declaredZone());
        }
        names.addAll(parsed.usedZones());
        for (String name : names) {
            Optional<ZoneId> zone = WindowsZones.isWindowsName(name)
                    ? Optional.of(WindowsZones.resolve(name, preferred, year)) : CalendarFile.zoneNamed(name);
            if (zone.isPresent()) {
                return zone;
            }
        }
        return Optional.empty();
    }

    /**
     * Where the trip is likely to be, best guess first: the zones of the trips that went to the institutions the file
     * names, then the latest trip's venue.
     */
    private List<ZoneId> preferredZones(List<TripSummary> existing, Optional<Trip> latest, List<Institution> placeOf) {
        Set<Long> named = placeOf.stream().filter(Objects::nonNull).map(Institution::id).collect(Collectors.toSet());
        Map<ZoneId, Long> votes = new LinkedHashMap<>();
        if (!named.isEmpty()) {
            for (TripSummary summary : existing) {
                for (Event event : events.findByTrip(summary.trip().id())) {
                    if (event.institutionId() != null && named.contains(event.institutionId())) {
                        votes.merge(event.zone(), 1L, Long::sum);
                    }
                }
            }
        }
        List<ZoneId> preferred = new ArrayList<>(votes.entrySet().stream()
                .sorted(Map.Entry.<ZoneId, Long>comparingByValue().reversed()).map(Map.Entry::getKey).toList());
        latest.map(Trip::venueZone).filter(z -> !preferred.contains(z)).ifPresent(preferred::add);
        return preferred;
    }
}
