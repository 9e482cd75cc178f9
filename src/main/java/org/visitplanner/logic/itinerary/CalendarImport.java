package org.visitplanner.logic.itinerary;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoField;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAmount;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.property.DateProperty;
import net.fortuna.ical4j.model.property.Geo;
import net.fortuna.ical4j.model.property.Sequence;
import org.visitplanner.logic.Transactions;
import org.visitplanner.logic.directory.ContactRepository;
import org.visitplanner.logic.directory.InstitutionRepository;
import org.visitplanner.logic.directory.MemberRepository;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.logic.text.TextFold;
import org.visitplanner.logic.trip.TripRepository;
import org.visitplanner.model.Contact;
import org.visitplanner.model.Coordinates;
import org.visitplanner.model.Event;
import org.visitplanner.model.EventKind;
import org.visitplanner.model.EventStatus;
import org.visitplanner.model.Institution;
import org.visitplanner.model.Member;
import org.visitplanner.model.MemberRole;
import org.visitplanner.model.PersonNames;
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
 */
public final class CalendarImport {

    /** Largest file accepted. */
    public static final long MAX_BYTES = 5L * 1024 * 1024;
    /** Most events accepted in one file. */
    public static final int MAX_EVENTS = 2000;

    private static final int MAX_TITLE = 500;
    private static final int MAX_LOCATION = 500;
    private static final int MAX_NAME = 200;
    /** Far more than a delegation and its hosts; each attendee not yet known becomes a member. */
    static final int MAX_ATTENDEES = 200;
    private static final Duration DEFAULT_LENGTH = Duration.ofHours(1);

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
        Parsed parsed = parse(file);
        return transactions.inTransaction(() -> store(file, parsed, trip));
    }

    // ---------------------------------------------------------------- reading

    /**
     * An event as read from the file, before it meets the database.
     *
     * @param ownLocation   the event's own place text when it happens at an institution
     *                      ({@link CalendarFormat#LOCATION})
     * @param hosts         the hosts this app wrote ({@link CalendarFormat#HOST}); empty for other files
     * @param nobody        the file says that nobody of the delegation takes part
     * @param geo           GEO, when given and valid
     */
    private record Incoming(String uid, String title, ZonedDateTime start, ZonedDateTime end, boolean floating,
                            String location, String ownLocation, String description, EventStatus status,
                            EventKind kind, List<Person> attendees, List<Person> hosts, boolean nobody,
                            Coordinates geo, int sequence) {
    }

    /** Someone named in the file: a name, an e-mail, and the address as written (a URN of this app, say). */
    private record Person(String name, String email, String address) {
    }

    /**
     * @param declaredZone the calendar's X-WR-TIMEZONE, as written
     * @param usedZones    the TZIDs of the events' starts, most used first
     */
    private record Parsed(String calendarName, String declaredZone, List<String> usedZones, List<Incoming> events,
                          List<String> notes) {
    }

    private Parsed parse(Path file) {
        String name = file.getFileName().toString();
        String text = readText(file, name);
        if (CalendarText.isBinary(text)) {
            throw new ImportException(Messages.get("itinerary.import.binary", name));
        }
        String textProblem = CalendarText.firstProblem(text);
        if (textProblem != null) {
            throw new ImportException(Messages.get("itinerary.import.malformed", name, textProblem));
        }
        Calendar calendar;
        try {
            // Files saved on Linux or macOS end lines with LF only; the parser unfolds long lines only after CRLF.
            calendar = new CalendarBuilder().build(new StringReader(text.replaceAll("\r\n|\r|\n", "\r\n")));
        } catch (ParserException e) {
            // The parser's own words are technical and English only: the line and a sentence of ours instead.
            String what = CalendarText.inTimeZoneDefinition(text, e.getLineNo())
                    ? Messages.get("itinerary.import.incompleteZone") : Messages.get("itinerary.import.notICalendar");
            throw new ImportException(Messages.get("itinerary.import.malformed", name,
                    Messages.get("itinerary.import.line", e.getLineNo(), what)), e);
        } catch (IOException | RuntimeException e) {
            throw new ImportException(Messages.get("itinerary.import.malformed", name,
                    Messages.get("itinerary.import.notICalendar")), e);
        }
        Set<String> definedZones = calendar.<VTimeZone>getComponents(Component.VTIMEZONE).stream()
                .map(zone -> zone.getProperty(Property.TZID).map(Property::getValue).orElse(""))
                .collect(Collectors.toSet());
        List<VEvent> vevents = calendar.getComponents(Component.VEVENT);
        if (vevents.size() > MAX_EVENTS) {
            throw new ImportException(Messages.get("itinerary.import.tooManyEvents", name, vevents.size(), MAX_EVENTS));
        }
        String declaredZone = calendar.getProperty("X-WR-TIMEZONE").map(Property::getValue).orElse(null);
        List<String> usedZones = usedZones(vevents);
        // Floating times are wall-clock times of the venue whatever zone is chosen; this one only orders them.
        ZoneId fallback = Optional.ofNullable(declaredZone).flatMap(CalendarImport::zoneNamed)
                .or(() -> usedZones.stream().map(CalendarImport::zoneNamed).flatMap(Optional::stream).findFirst())
                .orElse(ZoneId.of("UTC"));
        List<Incoming> incoming = new ArrayList<>();
        int allDay = 0;
        int recurring = 0;
        int exceptions = 0;
        Set<String> uids = new LinkedHashSet<>();
        for (VEvent vevent : vevents) {
            if (vevent.getProperty(Property.RECURRENCE_ID).isPresent()) {
                exceptions++;
                continue;
            }
            if (vevent.getProperty(Property.RRULE).isPresent() || vevent.getProperty(Property.RDATE).isPresent()) {
                recurring++;
            }
            Optional<Incoming> read;
            try {
                read = read(vevent, fallback, definedZones);
            } catch (DateTimeException | IllegalArgumentException e) {
                // Our own checks say what is wrong; the time library's messages are not for users.
                String why = e instanceof DateTimeException ? Messages.get("itinerary.import.badTime") : e.getMessage();
                throw new ImportException(Messages.get("itinerary.import.malformed", name,
                        Messages.get("itinerary.import.badEvent", limit(text(vevent, Property.SUMMARY), 80), why)), e);
            }
            if (read.isEmpty()) {
                allDay++;
                continue;
            }
            if (!uids.add(read.get().uid())) {
                throw new ImportException(Messages.get("itinerary.import.duplicateUid", name, read.get().uid()));
            }
            incoming.add(read.get());
        }
        if (incoming.isEmpty()) {
            throw new ImportException(Messages.get("itinerary.import.noEvents", name));
        }
        List<String> notes = new ArrayList<>();
        if (allDay > 0) {
            notes.add(Messages.get("itinerary.import.note.allDay", allDay));
        }
        if (recurring > 0) {
            notes.add(Messages.get("itinerary.import.note.recurring", recurring));
        }
        if (exceptions > 0) {
            notes.add(Messages.get("itinerary.import.note.exceptions", exceptions));
        }
        String calendarName = calendar.getProperty("X-WR-CALNAME").map(Property::getValue)
                .map(String::strip).filter(s -> !s.isEmpty())
                .orElse(name.replaceFirst("(?i)\\.ics$", ""));
        return new Parsed(limit(calendarName, 300), declaredZone, usedZones, incoming, notes);
    }

    private static String readText(Path file, String name) {
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new ImportException(Messages.get("itinerary.import.tooLarge", name,
                        String.format(Locale.ROOT, "%.1f", size / 1048576.0), MAX_BYTES / 1048576));
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes((int) MAX_BYTES + 1); // the file may have grown since
            }
            if (bytes.length > MAX_BYTES) {
                throw new ImportException(Messages.get("itinerary.import.tooLarge", name, ">5", MAX_BYTES / 1048576));
            }
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new ImportException(Messages.get("itinerary.import.malformed", name,
                    Messages.get("itinerary.import.notUtf8")), e);
        } catch (IOException e) {
            throw new ImportException(Messages.get("itinerary.import.unreadable", name, cleanCause(e)), e);
        }
    }

    /** The TZIDs of the events' starts, the most used first. */
    private static List<String> usedZones(List<VEvent> vevents) {
        Map<String, Long> used = vevents.stream()
                .map(v -> v.getProperty(Property.DTSTART).flatMap(p -> p.getParameter(Parameter.TZID)))
                .flatMap(Optional::stream)
                .map(p -> ((Parameter) p).getValue())
                .collect(Collectors.groupingBy(Function.identity(), LinkedHashMap::new, Collectors.counting()));
        return used.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(Map.Entry::getKey).toList();
    }

    /** An IANA zone for a TZID: an IANA name itself, or a Windows name Outlook writes. */
    static Optional<ZoneId> zoneNamed(String tzid) {
        if (tzid == null || tzid.isBlank()) {
            return Optional.empty();
        }
        String name = tzid.strip();
        if (name.startsWith("/")) {
            name = name.substring(1); // some writers mark global ids with a leading slash
        }
        List<String> windows = WindowsZones.zonesOf(name);
        try {
            return Optional.of(ZoneId.of(!windows.isEmpty() ? windows.get(0) : name));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** Reads one event; empty for an all-day event (it has no times to put on the itinerary). */
    private static Optional<Incoming> read(VEvent vevent, ZoneId fallback, Set<String> definedZones) {
        Optional<DateProperty<Temporal>> dtStart = vevent.getProperty(Property.DTSTART);
        if (dtStart.isEmpty()) {
            throw new IllegalArgumentException(Messages.get("itinerary.import.noStart"));
        }
        for (String dateProperty : List.of(Property.DTSTART, Property.DTEND)) {
            vevent.<Property>getProperty(dateProperty).flatMap(p -> p.<Parameter>getParameter(Parameter.TZID))
                    .map(Parameter::getValue)
                    .filter(tzid -> zoneNamed(tzid).isEmpty() && !definedZones.contains(tzid))
                    .ifPresent(tzid -> {
                        throw new IllegalArgumentException(Messages.get("itinerary.import.unknownZone",
                                limit(tzid, 80)));
                    });
        }
        Temporal startValue = dtStart.get().getDate();
        if (startValue instanceof LocalDate) {
            return Optional.empty();
        }
        boolean floating = startValue instanceof LocalDateTime;
        ZonedDateTime start = zoned(startValue, fallback);
        ZonedDateTime end;
        Optional<DateProperty<Temporal>> dtEnd = vevent.getProperty(Property.DTEND);
        Optional<Property> duration = vevent.getProperty(Property.DURATION);
        if (dtEnd.isPresent()) {
            end = zoned(dtEnd.get().getDate(), fallback);
        } else if (duration.isPresent()) {
            end = start.plus(TemporalAmount.class.cast(
                    ((net.fortuna.ical4j.model.property.Duration) duration.get()).getDuration()));
        } else {
            end = start.plus(DEFAULT_LENGTH);
        }
        String title = limit(text(vevent, Property.SUMMARY), MAX_TITLE);
        if (title.isEmpty()) {
            title = Messages.get("itinerary.import.untitled");
        }
        if (!end.toInstant().isAfter(start.toInstant())) {
            throw new IllegalArgumentException(Messages.get("itinerary.import.endsBeforeStart"));
        }
        String location = limit(text(vevent, Property.LOCATION), MAX_LOCATION);
        String description = text(vevent, Property.DESCRIPTION);
        String uid = text(vevent, Property.UID);
        if (uid.isEmpty()) {
            uid = "ics-" + digest(title + "|" + start.toInstant() + "|" + location) + "@visitplanner";
        }
        List<Property> attendeeProperties = vevent.getProperties(Property.ATTENDEE);
        if (attendeeProperties.size() > MAX_ATTENDEES) {
            // Each unknown attendee becomes a member of the delegation: a calendar of a whole faculty is not one.
            throw new IllegalArgumentException(Messages.get("itinerary.import.tooManyAttendees",
                    attendeeProperties.size(), MAX_ATTENDEES));
        }
        List<Person> attendees = new ArrayList<>();
        for (Property property : attendeeProperties) {
            String cutype = property.getParameter(Parameter.CUTYPE).map(p -> ((Parameter) p).getValue()).orElse("");
            if (cutype.equalsIgnoreCase("ROOM") || cutype.equalsIgnoreCase("RESOURCE")) {
                continue; // a meeting room is not a person
            }
            person(property).ifPresent(attendees::add);
        }
        List<Person> hosts = new ArrayList<>();
        for (Property property : vevent.<Property>getProperties(CalendarFormat.HOST)) {
            if (hosts.size() < MAX_ATTENDEES) {
                person(property).ifPresent(hosts::add);
            }
        }
        String categories = vevent.<Property>getProperties(Property.CATEGORIES).stream().map(Property::getValue)
                .collect(Collectors.joining(" "));
        String words = categories + " " + title;
        EventKind kind = named(EventKind.class, text(vevent, CalendarFormat.KIND)).orElseGet(() -> kind(words));
        String ownLocation = vevent.getProperty(CalendarFormat.LOCATION).map(p -> ((Property) p).getValue())
                .map(text -> limit(text, MAX_LOCATION)).orElse(null);
        boolean nobody = text(vevent, CalendarFormat.PARTICIPANTS).equalsIgnoreCase(CalendarFormat.NO_PARTICIPANTS);
        return Optional.of(new Incoming(uid.length() > 255 ? "ics-" + digest(uid) + "@visitplanner" : uid, title,
                start, end, floating, location, ownLocation, description.isEmpty() ? null : description,
                status(text(vevent, Property.STATUS), text(vevent, CalendarFormat.STATUS)), kind, attendees, hosts,
                nobody, geo(vevent), sequence(vevent)));
    }

    /** A person of an ATTENDEE or a host property: CN and the address. */
    private static Optional<Person> person(Property property) {
        String address = property.getValue() == null ? "" : property.getValue().strip();
        String email = address.regionMatches(true, 0, "mailto:", 0, 7) ? address.substring(7).strip() : "";
        String name = property.<Cn>getParameter(Parameter.CN).map(Cn::getValue).map(String::strip).orElse("");
        if (name.isEmpty() && email.contains("@")) {
            name = email.substring(0, email.indexOf('@'));
        }
        if (name.isEmpty() && email.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Person(limit(name, MAX_NAME), limit(email, 320), limit(address, 400)));
    }

    /** GEO, when it is there and a point on the Earth. */
    private static Coordinates geo(VEvent vevent) {
        return vevent.<Geo>getProperty(Property.GEO).map(geo -> {
            try {
                return new Coordinates(geo.getLatitude().doubleValue(), geo.getLongitude().doubleValue());
            } catch (IllegalArgumentException | NullPointerException e) {
                return null; // a position off the map says nothing about the place
            }
        }).orElse(null);
    }

    /** SEQUENCE, 0 when absent; at most a billion (calendars count edits, not seconds). */
    private static int sequence(VEvent vevent) {
        return vevent.<Sequence>getProperty(Property.SEQUENCE).map(Sequence::getSequenceNo)
                .map(n -> Math.max(0, Math.min(n, 1_000_000_000))).orElse(0);
    }

    private static ZonedDateTime zoned(Temporal value, ZoneId fallback) {
        if (value instanceof ZonedDateTime zoned) {
            return zoned;
        }
        if (value instanceof LocalDateTime floating) {
            return floating.atZone(fallback); // "floating" time: the wall clock of wherever the event is
        }
        if (value instanceof LocalDate day) {
            return day.atStartOfDay(fallback);
        }
        if (value.isSupported(ChronoField.INSTANT_SECONDS)) {
            return Instant.from(value).atZone(ZoneId.of("UTC"));
        }
        throw new DateTimeException(String.valueOf(value));
    }

    /**
     * The status: this app's exact one ({@link CalendarFormat#STATUS}) while STATUS still says what the export wrote
     * for it, else what STATUS says (another program changed it).
     */
    private static EventStatus status(String status, String exact) {
        EventStatus said = switch (status.toUpperCase(Locale.ROOT)) {
            case "CONFIRMED" -> EventStatus.CONFIRMED;
            case "CANCELLED" -> EventStatus.CANCELLED;
            default -> EventStatus.PLANNED;
        };
        Optional<EventStatus> written = named(EventStatus.class, exact);
        boolean consistent = written.isPresent() && exportedAs(written.get()) == exportedAs(said)
                && (said != EventStatus.CANCELLED || written.get() == EventStatus.CANCELLED);
        return consistent ? written.get() : said;
    }

    /** The constant of {@code type} named {@code name} exactly, if any. */
    private static <E extends Enum<E>> Optional<E> named(Class<E> type, String name) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }

    /** Whether the export writes the status as CONFIRMED (else TENTATIVE). */
    private static boolean exportedAs(EventStatus status) {
        return status == EventStatus.CONFIRMED || status == EventStatus.DONE;
    }

    /** A kind guessed from the categories and title, in the languages the office writes. */
    static EventKind kind(String words) {
        String folded = TextFold.fold(words);
        if (matches(folded, "lunch", "dinner", "breakfast", "meal", "dejeuner", "diner", "repas", "banquet",
                "午餐", "晚餐", "早餐", "宴")) {
            return EventKind.MEAL;
        }
        if (matches(folded, "lab", "laborato", "实验室")) {
            return EventKind.LAB_TOUR;
        }
        if (matches(folded, "train", "flight", "vol ", "transfer", "transfert", "airport", "aeroport", "taxi",
                "航班", "机场", "火车")) {
            return EventKind.TRAVEL;
        }
        if (matches(folded, "visit", "visite", "tour", "参观", "访问")) {
            return EventKind.VISIT;
        }
        return EventKind.MEETING;
    }

    private static boolean matches(String folded, String... words) {
        for (String word : words) {
            if (folded.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static String text(VEvent vevent, String property) {
        return vevent.getProperty(property).map(p -> ((Property) p).getValue()).map(String::strip).orElse("");
    }

    // ---------------------------------------------------------------- writing

    private Result store(Path file, Parsed parsed, Optional<Trip> into) {
        Map<String, Event> existing = new HashMap<>();
        for (Incoming e : parsed.events()) {
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
                .map(e -> matchInstitution(e.location(), places)
                        .or(() -> e.location().isEmpty() ? nearest(e.geo(), places) : Optional.empty()).orElse(null))
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
            Incoming e = parsed.events().get(i);
            Institution institution = placeOf.get(i);
            List<Contact> atInstitution = institution == null ? List.of()
                    : people.stream().filter(c -> c.institutionId() == institution.id()).toList();
            List<Contact> hosts = new ArrayList<>();
            for (Person host : e.hosts()) {
                contactNamed(host, atInstitution).filter(c -> !hosts.contains(c)).ifPresent(hosts::add);
            }
            List<Long> participants = new ArrayList<>();
            for (Person person : e.attendees()) {
                Optional<Member> ours = memberOfAddress(person, directory);
                Optional<Contact> host = ours.isPresent() ? Optional.empty() : contactNamed(person, atInstitution);
                if (host.isPresent()) {
                    if (!hosts.contains(host.get())) {
                        hosts.add(host.get());
                    }
                    continue;
                }
                Member member = ours.or(() -> directory.stream()
                        .filter(m -> samePerson(person, m.nameLatin(), m.nameChinese(), m.email())).findFirst())
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
            Incoming e = parsed.events().get(i);
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
    private static String location(Incoming e, Institution institution) {
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

    /** The member a URN of this app names, when that member still has the name the file gives. */
    private static Optional<Member> memberOfAddress(Person person, List<Member> directory) {
        return CalendarFormat.memberId(person.address()).flatMap(id -> directory.stream()
                .filter(m -> m.id() == id && samePerson(person, m.nameLatin(), m.nameChinese(), m.email()))
                .findFirst());
    }

    /** The contact among {@code candidates} the person is: by this app's URN and name, e-mail, or name. */
    private static Optional<Contact> contactNamed(Person person, List<Contact> candidates) {
        Optional<Long> id = CalendarFormat.contactId(person.address());
        if (id.isPresent()) {
            Optional<Contact> byId = candidates.stream().filter(c -> c.id() == id.get()
                    && samePerson(person, c.nameLatin(), c.nameChinese(), c.email())).findFirst();
            if (byId.isPresent()) {
                return byId;
            }
        }
        return candidates.stream().filter(c -> samePerson(person, c.nameLatin(), c.nameChinese(), c.email()))
                .findFirst();
    }

    /**
     * The institution within 100 m of {@code position}, when exactly one is: for an event that has a map position and
     * no place text (a free place next door to an institution is not the institution).
     */
    static Optional<Institution> nearest(Coordinates position, List<Institution> places) {
        if (position == null) {
            return Optional.empty();
        }
        List<Institution> near = places.stream().filter(p -> p.coordinates() != null
                && TravelEstimator.distanceKm(p.coordinates(), position) <= 0.1).toList();
        return near.size() == 1 ? Optional.of(near.get(0)) : Optional.empty();
    }

    private Trip createTrip(Parsed parsed, List<TripSummary> existing, List<Institution> placeOf) {
        Optional<Trip> latest = existing.stream().map(TripSummary::trip).max(Comparator.comparing(Trip::firstDay));
        int year = parsed.events().get(0).start().getYear();
        ZoneId venue = venueZone(parsed, preferredZones(existing, latest, placeOf), year)
                .or(() -> latest.map(Trip::venueZone)).orElse(ZoneId.of("UTC"));
        // The office at home does not move: take the home zone of the latest trip, else the venue's.
        ZoneId home = latest.map(Trip::homeZone).orElse(venue);
        LocalDate first = null;
        LocalDate last = null;
        for (Incoming e : parsed.events()) {
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
    private static Optional<ZoneId> venueZone(Parsed parsed, List<ZoneId> preferred, int year) {
        List<String> names = new ArrayList<>();
        if (parsed.declaredZone() != null) {
            names.add(parsed.declaredZone());
        }
        names.addAll(parsed.usedZones());
        for (String name : names) {
            Optional<ZoneId> zone = WindowsZones.isWindowsName(name)
                    ? Optional.of(WindowsZones.resolve(name, preferred, year)) : zoneNamed(name);
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

    /** The institution a LOCATION names: by name or by street address; the longest match wins. */
    static Optional<Institution> matchInstitution(String location, List<Institution> places) {
        String folded = TextFold.fold(location);
        if (folded.isEmpty()) {
            return Optional.empty();
        }
        Institution best = null;
        int bestLength = 0;
        for (Institution place : places) {
            for (String candidate : new String[] {place.officialName(), place.englishName(), place.shortName(),
                    place.chineseName(), place.address()}) {
                String name = TextFold.fold(candidate);
                boolean usable = name.length() >= 4 || (name.length() >= 2 && folded.equals(name));
                if (usable && folded.contains(name) && name.length() > bestLength) {
                    best = place;
                    bestLength = name.length();
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static boolean samePerson(Person person, String latin, String chinese, String email) {
        if (!person.email().isEmpty() && email != null && person.email().equalsIgnoreCase(email.strip())) {
            return true;
        }
        String name = TextFold.fold(person.name());
        return !name.isEmpty() && (name.equals(TextFold.fold(latin)) || name.equals(TextFold.fold(chinese))
                || name.equals(TextFold.fold(PersonNames.display(latin, chinese))));
    }

    private static String limit(String text, int length) {
        String value = text == null ? "" : text.strip();
        return value.length() <= length ? value : value.substring(0, length - 1) + "…";
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The library's own explanation, on one line, without class names. */
    private static String cleanCause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? e.getMessage() : root.getMessage();
        if (message == null) {
            message = root.getClass().getSimpleName();
        }
        message = message.replaceAll("\\s+", " ").strip();
        return message.length() > 200 ? message.substring(0, 199) + "…" : message;
    }

}
