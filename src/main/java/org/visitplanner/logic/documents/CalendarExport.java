package org.visitplanner.logic.documents;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Geo;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.visitplanner.logic.itinerary.CalendarFacts;
import org.visitplanner.logic.itinerary.CalendarFormat;
import org.visitplanner.model.Contact;
import org.visitplanner.model.Coordinates;
import org.visitplanner.model.Event;
import org.visitplanner.model.EventStatus;
import org.visitplanner.model.Institution;
import org.visitplanner.model.Member;

/**
 * The trip (or one member's part of it) as an iCalendar file phones and calendar programs read: a VTIMEZONE for each
 * zone used, times in that zone, stable UIDs (importing the file again updates events instead of duplicating them),
 * SEQUENCE and LAST-MODIFIED so that calendars see changes, DTSTAMP = the moment of export, LOCATION with the address,
 * GEO when known, DESCRIPTION with hosts and notes, ATTENDEE for each participant, and the fields without a standard
 * property as {@link CalendarFormat} X- properties. Lines are folded at 75 octets, never inside a character.
 */
final class CalendarExport {

    private final TripDocumentData data;
    private final DocumentOptions options;

    CalendarExport(TripDocumentData data, DocumentOptions options) {
        this.data = data;
        this.options = options;
    }

    void write(OutputStream out) throws IOException {
        TimeZoneRegistry registry = TimeZoneRegistryFactory.getInstance().createRegistry();
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Visit Planner//Visit Planner//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        calendar.add(new XProperty("X-WR-CALNAME", calendarName()));
        calendar.add(new XProperty("X-WR-TIMEZONE", data.trip().venueZone().getId()));
        List<Event> events = events();
        Set<String> zones = new LinkedHashSet<>();
        zones.add(data.trip().venueZone().getId());
        events.forEach(e -> zones.add(e.zone().getId()));
        for (String zone : zones) {
            calendar.add(registry.getTimeZone(zone).getVTimeZone());
        }
        for (Event event : events) {
            calendar.add(vevent(event));
        }
        // Folded again here: the library folds at 75 characters, the standard says 75 octets.
        StringWriter written = new StringWriter();
        new CalendarOutputter(false).output(calendar, written);
        out.write(CalendarFormat.fold(written.toString()).getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private String calendarName() {
        if (options.memberId() == null) {
            return data.trip().name();
        }
        Member member = data.membersById().get(options.memberId());
        return data.trip().name() + " — " + (member == null ? "" : member.displayName());
    }

    private List<Event> events() {
        return options.memberId() == null
                ? data.events().stream().filter(e -> e.status() != EventStatus.CANCELLED).toList()
                : data.eventsOf(options.memberId());
    }

    private VEvent vevent(Event event) {
        CalendarFacts facts = data.calendarFacts(event);
        VEvent vevent = new VEvent(event.zonedStart(), event.zonedEnd(), event.title());
        vevent.add(new Uid(event.uid()));
        vevent.replace(new DtStamp(options.madeAt()));
        vevent.add(new Sequence(facts.sequence()));
        if (facts.lastModified() != null) {
            vevent.add(new LastModified(facts.lastModified().truncatedTo(ChronoUnit.SECONDS)));
        }
        vevent.add(event.status() == EventStatus.CONFIRMED || event.status() == EventStatus.DONE
                ? new Status(Status.VALUE_CONFIRMED) : new Status(Status.VALUE_TENTATIVE));
        Institution institution = data.institutionOf(event).orElse(null);
        String location = institution != null ? CalendarFormat.location(institution)
                : event.location() == null ? "" : event.location();
        if (!location.isEmpty()) {
            vevent.add(new Location(location));
        }
        Coordinates position = institution != null ? institution.coordinates() : facts.position();
        if (position != null) {
            vevent.add(new Geo(BigDecimal.valueOf(position.latitude()), BigDecimal.valueOf(position.longitude())));
        }
        List<Contact> hosts = data.hostsOf(event);
        String description = CalendarFormat.description(hosts, event.notes(), options.language());
        if (!description.isEmpty()) {
            vevent.add(new Description(description));
        }
        vevent.add(new XProperty(CalendarFormat.KIND, event.kind().name()));
        vevent.add(new XProperty(CalendarFormat.STATUS, event.status().name()));
        if (institution != null && event.location() != null) {
            vevent.add(new XProperty(CalendarFormat.LOCATION, event.location()));
        }
        for (Contact host : hosts) {
            XProperty property = new XProperty(CalendarFormat.HOST, CalendarFormat.address(host).toString());
            property.add(new Cn(host.displayName()));
            vevent.add(property);
        }
        List<Member> participants = data.participantsOf(event);
        if (participants.isEmpty()) {
            vevent.add(new XProperty(CalendarFormat.PARTICIPANTS, CalendarFormat.NO_PARTICIPANTS));
        }
        for (Member member : participants) {
            Attendee attendee = new Attendee(CalendarFormat.address(member));
            attendee.add(new Cn(member.displayName()));
            attendee.add(Role.REQ_PARTICIPANT);
            vevent.add(attendee);
        }
        return vevent;
    }
}
