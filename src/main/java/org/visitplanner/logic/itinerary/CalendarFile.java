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
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.logic.itinerary.CalendarImport.ImportException;
import org.visitplanner.logic.text.TextFold;
import org.visitplanner.model.Coordinates;
import org.visitplanner.model.EventKind;
import org.visitplanner.model.EventStatus;

/**
 * The first stage of a calendar import: an iCalendar file read whole and checked, before anything meets the data.
 * Times honour each event's zone (TZID with the file's VTIMEZONE, Outlook's Windows zone names included, or UTC);
 * the file is limited in size, event count and attendees; nothing in it is fetched or executed. Any problem is
 * one sentence ({@link ImportException}).
 */
final class CalendarFile {

    /** Largest file accepted. */
    static final long MAX_BYTES = 5L * 1024 * 1024;
    /** Most events accepted in one file. */
    static final int MAX_EVENTS = 2000;

    private static final int MAX_TITLE = 500;
    private static final int MAX_LOCATION = 500;
    private static final int MAX_NAME = 200;
    /** Far more than a delegation and its hosts; each attendee not yet known becomes a member. */
    static final int MAX_ATTENDEES = 200;
    private static final Duration DEFAULT_LENGTH = Duration.ofHours(1);

    private CalendarFile() {
    }

    /**
     * An event as read from the file, before it meets the database.
     *
     * @param ownLocation   the event's own place text when it happens at an institution
     *                      ({@link CalendarFormat#LOCATION})
     * @param hosts         the hosts this app wrote ({@link CalendarFormat#HOST}); empty for other files
     * @param nobody        the file says that nobody of the delegation takes part
     * @param geo           GEO, when given and valid
     */
    record Incoming(String uid, String title, ZonedDateTime start, ZonedDateTime end, boolean floating,
                            String location, String ownLocation, String description, EventStatus status,
                            EventKind kind, List<Person> attendees, List<Person> hosts, boolean nobody,
                            Coordinates geo, int sequence) {
    }

    /** Someone named in the file: a name, an e-mail, and the address as written (a URN of this app, say). */
    record Person(String name, String email, String address) {
    }

    /**
     * @param declaredZone the calendar's X-WR-TIMEZONE, as written
     * @param usedZones    the TZIDs of the events' starts, most used first
     */
    record Parsed(String calendarName, String declaredZone, List<String> usedZones, List<Incoming> events,
                          List<String> notes) {
    }

    static Parsed parse(Path file) {
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
        ZoneId fallback = Optional.ofNullable(declaredZone).flatMap(CalendarFile::zoneNamed)
                .or(() -> usedZones.stream().map(CalendarFile::zoneNamed).flatMap(Optional::stream).findFirst())
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
