package org.visitplanner.logic.sample;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.visitplanner.logic.Transactions;
import org.visitplanner.logic.directory.ContactRepository;
import org.visitplanner.logic.directory.InstitutionRepository;
import org.visitplanner.logic.directory.MemberRepository;
import org.visitplanner.logic.directory.OpeningHoursFormat;
import org.visitplanner.logic.directory.PartnershipRepository;
import org.visitplanner.logic.directory.PartnershipStatusRepository;
import org.visitplanner.logic.itinerary.EventRepository;
import org.visitplanner.logic.meeting.MeetingRepository;
import org.visitplanner.logic.trip.DayNoteRepository;
import org.visitplanner.logic.trip.TripRepository;
import org.visitplanner.model.ActionItem;
import org.visitplanner.model.ActionStatus;
import org.visitplanner.model.CityNames;
import org.visitplanner.model.Contact;
import org.visitplanner.model.Coordinates;
import org.visitplanner.model.Event;
import org.visitplanner.model.EventKind;
import org.visitplanner.model.EventStatus;
import org.visitplanner.model.Institution;
import org.visitplanner.model.InstitutionKind;
import org.visitplanner.model.MeetingRecord;
import org.visitplanner.model.Member;
import org.visitplanner.model.MemberRole;
import org.visitplanner.model.Outcome;
import org.visitplanner.model.OutcomeType;
import org.visitplanner.model.Partnership;
import org.visitplanner.model.PartnershipStatus;
import org.visitplanner.model.PartnershipType;
import org.visitplanner.model.Relation;
import org.visitplanner.model.Trip;

/**
 * The demonstration trip shown on first start: SJTU / SPEIT's visit to eleven French institutions, 8–12 December 2025.
 *
 * <p>The facts are data ({@code org/visitplanner/sample/sample-trip.json}), not code. Loading is idempotent and one
 * transaction; institutions and members already in the directory (matched by name) are reused, not duplicated.
 */
public final class SampleTrip {

    static final String RESOURCE = "/org/visitplanner/sample/sample-trip.json";

    private final Transactions transactions;
    private final TripRepository trips;
    private final MemberRepository members;
    private final InstitutionRepository institutions;
    private final ContactRepository contacts;
    private final PartnershipRepository partnerships;
    private final EventRepository events;
    private final MeetingRepository meetings;
    private final DayNoteRepository dayNotes;
    private final PartnershipStatusRepository statusChanges;

    public SampleTrip(Transactions transactions, TripRepository trips, MemberRepository members,
                      InstitutionRepository institutions, ContactRepository contacts,
                      PartnershipRepository partnerships, EventRepository events, MeetingRepository meetings,
                      PartnershipStatusRepository statusChanges,
                      DayNoteRepository dayNotes) {
        this.transactions = transactions;
        this.trips = trips;
        this.members = members;
        this.institutions = institutions;
        this.contacts = contacts;
        this.partnerships = partnerships;
        this.events = events;
        this.meetings = meetings;
        this.statusChanges = statusChanges;
        this.dayNotes = dayNotes;
    }

    /** Loads the sample trip unless it is already there; returns its id either way. */
    public long ensureLoaded() {
        return transactions.inTransaction(() -> trips.findSample().map(Trip::id).orElseGet(this::insert));
    }

    /** Loads the sample only into a database that has no trip at all (first start); the id when it did. */
    public Optional<Long> loadIfDatabaseEmpty() {
        return transactions.inTransaction(() -> trips.findAll().isEmpty() ? Optional.of(insert()) : Optional.empty());
    }

    private long insert() {
        Data data = read();
        Trip trip = trips.insert(new Trip(0, data.trip.name, data.trip.firstDay, data.trip.lastDay,
                ZoneId.of(data.trip.venueZone), ZoneId.of(data.trip.homeZone), new CityNames(
                data.trip.homeCity.get("en"), data.trip.homeCity.get("fr"), data.trip.homeCity.get("zh")), true,
                data.trip.notes, 0));

        Map<String, Member> existingMembers = members.findAll().stream()
                .collect(Collectors.toMap(m -> fold(m.nameLatin()), Function.identity(), (a, b) -> a));
        Map<String, Long> memberIds = new HashMap<>();
        int position = 0;
        for (MemberData m : data.members) {
            Member member = existingMembers.get(fold(m.nameLatin));
            if (member == null) {
                member = members.insert(new Member(0, m.nameLatin, m.nameChinese, m.title, m.organisation,
                        MemberRole.valueOf(m.role), m.email, m.phone, null, 0));
            }
            trips.addMember(trip.id(), member.id(), position++);
            memberIds.put(m.key, member.id());
        }

        Map<String, Institution> existingInstitutions = institutions.findAll().stream()
                .collect(Collectors.toMap(i -> fold(i.officialName()), Function.identity(), (a, b) -> a));
        Map<String, Long> institutionIds = new HashMap<>();
        Map<String, Long> contactIds = new HashMap<>();
        for (InstitutionData i : data.institutions) {
            Institution institution = existingInstitutions.get(fold(i.officialName));
            boolean isNew = institution == null;
            if (isNew) {
                institution = insertInstitution(i);
            }
            long institutionId = institution.id();
            institutionIds.put(i.key, institutionId);
            List<Contact> known = contacts.findByInstitution(institution.id());
            for (ContactData c : i.contacts) {
                Contact contact = known.stream().filter(k -> fold(k.nameLatin()).equals(fold(c.nameLatin)))
                        .findFirst()
                        .orElseGet(() -> contacts.insert(new Contact(0, institutionId, c.nameLatin, c.nameChinese,
                                c.title, c.email, c.phone, c.languages, null, 0)));
                contactIds.put(c.key, contact.id());
            }
            if (isNew) {
                for (PartnershipData p : i.partnerships) {
                    partnerships.insert(new Partnership(0, institution.id(), PartnershipType.valueOf(p.type),
                            PartnershipStatus.valueOf(p.status), p.since, p.until, p.notes, 0));
                }
            }
        }

        List<Long> everyone = data.members.stream().map(m -> memberIds.get(m.key)).toList();
        ZoneId zone = trip.venueZone();
        Map<String, Event> eventsByUid = new HashMap<>();
        for (EventData e : data.events) {
            List<Long> participants = e.participants == null ? everyone
                    : e.participants.stream().map(key -> required(memberIds, key, "member")).toList();
            List<Long> hosts = e.hosts == null ? List.of()
                    : e.hosts.stream().map(key -> required(contactIds, key, "contact")).toList();
            Long institutionId = e.institution == null ? null : required(institutionIds, e.institution, "institution");
            Event event = events.insert(new Event(0, trip.id(), e.uid, EventKind.valueOf(e.kind), e.title,
                    LocalDateTime.of(e.day, e.start), LocalDateTime.of(e.day, e.end), zone, institutionId,
                    e.location, EventStatus.valueOf(e.status == null ? "PLANNED" : e.status), e.notes,
                    participants, hosts, 0));
            eventsByUid.put(e.uid, event);
        }
        for (MeetingData m : data.meetings) {
            insertMeeting(m, required(eventsByUid, m.event, "event"), memberIds, contactIds);
        }
        data.dayNotes.forEach((day, notes) -> dayNotes.save(trip.id(), day, notes));
        return trip.id();
    }

    /** A meeting record with its attendees, outcomes and actions; an outcome may move a partnership forward. */
    private void insertMeeting(MeetingData m, Event event, Map<String, Long> memberIds, Map<String, Long> contactIds) {
        MeetingRecord record = meetings.insert(event.id(), m.agenda, m.notes);
        meetings.setAttendance(record.id(),
                m.attendees == null ? event.participantIds()
                        : m.attendees.stream().map(key -> required(memberIds, key, "member")).toList(),
                m.contacts == null ? event.hostIds()
                        : m.contacts.stream().map(key -> required(contactIds, key, "contact")).toList());
        int position = 0;
        for (OutcomeData o : m.outcomes) {
            Outcome outcome = meetings.insertOutcome(new Outcome(0, record.id(), OutcomeType.valueOf(o.type), o.text,
                    position++, 0));
            if (o.partnership != null && event.institutionId() != null) {
                movePartnership(event, o.partnership, outcome.id());
            }
        }
        position = 0;
        for (ActionData a : m.actions) {
            meetings.insertAction(new ActionItem(0, record.id(), a.text,
                    a.owner == null ? null : required(memberIds, a.owner, "member"), a.due,
                    ActionStatus.valueOf(a.status), position++, 0));
        }
    }

    /**
     * Records the partnership change an outcome reports, at the end of the meeting. A partnership the user already
     * moved elsewhere (a directory reused from before) is left as it is.
     */
    private void movePartnership(Event event, PartnershipChangeData change, long outcomeId) {
        PartnershipType type = PartnershipType.valueOf(change.type);
        PartnershipStatus from = PartnershipStatus.valueOf(change.from);
        partnerships.findByInstitution(event.institutionId()).stream()
                .filter(p -> p.type() == type && p.status() == from)
                .findFirst()
                .ifPresent(p -> statusChanges.changeStatus(p.id(), p.version(), PartnershipStatus.valueOf(change.to),
                        outcomeId, event.zonedEnd().toOffsetDateTime()));
    }

    private Institution insertInstitution(InstitutionData i) {
        Coordinates coordinates = i.latitude == null ? null : new Coordinates(i.latitude, i.longitude);
        Institution institution = institutions.insert(new Institution(0, i.officialName, i.englishName,
                i.chineseName, i.shortName, InstitutionKind.valueOf(i.kind), Relation.valueOf(i.relation),
                i.address, i.postcode, i.city, i.country, coordinates, i.website, i.phone, i.notes, 0));
        try {
            institutions.replaceOpeningHours(institution.id(),
                    OpeningHoursFormat.parse(institution.id(), String.join(";", i.openingHours)));
        } catch (OpeningHoursFormat.ParseException e) {
            throw new IllegalStateException("sample opening hours of " + i.officialName + ": " + e.getMessage(), e);
        }
        return institution;
    }

    private static <V> V required(Map<String, V> byKey, String key, String what) {
        return Objects.requireNonNull(byKey.get(key), () -> "sample trip names an unknown " + what + " '" + key + "'");
    }

    private static String fold(String name) {
        return name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
    }

    static Data read() {
        ObjectMapper mapper = new ObjectMapper()
                .findAndRegisterModules()
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        try (InputStream in = SampleTrip.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return mapper.readValue(in, Data.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    // The resource's shape. Plain fields so that Jackson needs no extra module.
    static final class Data {
        public TripData trip;
        public List<MemberData> members = new ArrayList<>();
        public List<InstitutionData> institutions = new ArrayList<>();
        public List<EventData> events = new ArrayList<>();
        public Map<LocalDate, String> dayNotes = new TreeMap<>();
        public List<MeetingData> meetings = new ArrayList<>();
    }

    static final class TripData {
        public String name;
        public LocalDate firstDay;
        public LocalDate lastDay;
        public String venueZone;
        public String homeZone;
        /** The home city's name by language (en, fr, zh). */
        public Map<String, String> homeCity = Map.of();
        public String notes;
    }

    static final class MemberData {
        public String key;
        public String nameLatin;
        public String nameChinese;
        public String title;
        public String organisation;
        public String role = "MEMBER";
        public String email;
        public String phone;
    }

    static final class InstitutionData {
        public String key;
        public String officialName;
        public String englishName;
        public String chineseName;
        public String shortName;
        public String kind = "OTHER";
        public String relation = "NONE";
        public String address;
        public String postcode;
        public String city;
        public String country;
        public Double latitude;
        public Double longitude;
        public String website;
        public String phone;
        public String notes;
        public List<String> openingHours = new ArrayList<>();
        public List<ContactData> contacts = new ArrayList<>();
        public List<PartnershipData> partnerships = new ArrayList<>();
    }

    static final class ContactData {
        public String key;
        public String nameLatin;
        public String nameChinese;
        public String title;
        public String email;
        public String phone;
        public String languages;
    }

    static final class PartnershipData {
        public String type;
        public String status;
        public LocalDate since;
        public LocalDate until;
        public String notes;
    }

    static final class EventData {
        public String uid;
        public LocalDate day;
        public LocalTime start;
        public LocalTime end;
        public String kind;
        public String institution;
        public String location;
        public String title;
        public List<String> participants;
        public List<String> hosts;
        public String status;
        public String notes;
    }

    static final class MeetingData {
        public String event;
        public String agenda;
        public String notes;
        /** Member keys; the event's participants when absent. */
        public List<String> attendees;
        /** Contact keys; the event's hosts when absent. */
        public List<String> contacts;
        public List<OutcomeData> outcomes = new ArrayList<>();
        public List<ActionData> actions = new ArrayList<>();
    }

    static final class OutcomeData {
        public String type;
        public String text;
        public PartnershipChangeData partnership;
    }

    static final class PartnershipChangeData {
        public String type;
        public String from;
        public String to;
    }

    static final class ActionData {
        public String text;
        public String owner;
        public LocalDate due;
        public String status = "OPEN";
    }
}
