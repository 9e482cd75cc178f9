package org.visitplanner.logic.documents;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

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
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.visitplanner.model.Contact;
import org.visitplanner.model.Event;
import org.visitplanner.model.EventStatus;
import org.visitplanner.model.Institution;
import org.visitplanner.model.Member;

/**
 * The trip (or one member's part of it) as an iCalendar file phones and calendar programs read: the venue's
 * VTIMEZONE, times in that zone, stable UIDs (importing the file again updates events instead of duplicating them),
 * LOCATION with the address, GEO when known, DESCRIPTION with hosts and notes, ATTENDEE for each participant.
 */
final class CalendarExport {

    private final TripDocumentData data;
    private final DocumentOptions options;
    private final Labels labels;

    CalendarExport(TripDocumentData data, DocumentOptions options) {
        this.data = data;
        this.options = options;
        this.labels = new Labels(options.language());
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
        calendar.add(registry.getTimeZone(data.trip().venueZone().getId()).getVTimeZone());

        Instant stamp = options.printedOn().atStartOfDay().toInstant(ZoneOffset.UTC);
        for (Event event : events()) {
            calendar.add(vevent(event, stamp));
        }
        // The outputter closes the writer it is given; the caller owns the stream, so shield it from that close.
        Writer writer = new OutputStreamWriter(new FilterOutputStream(out) {
            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                out.write(bytes, offset, length);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        }, StandardCharsets.UTF_8);
        // Validation would refuse nothing we write but costs time; the independent parser test checks the output.
        new CalendarOutputter(false).output(calendar, writer);
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

    private VEvent vevent(Event event, Instant stamp) {
        VEvent vevent = new VEvent(event.zonedStart(), event.zonedEnd(), event.title());
        vevent.add(new Uid(event.uid()));
        vevent.replace(new DtStamp(stamp)); // the constructor stamps "now"; the file's own date keeps exports repeatable
        vevent.add(event.status() == EventStatus.CONFIRMED || event.status() == EventStatus.DONE
                ? new Status(Status.VALUE_CONFIRMED) : new Status(Status.VALUE_TENTATIVE));
        Institution institution = data.institutionOf(event).orElse(null);
        String location = location(event, institution);
        if (!location.isEmpty()) {
            vevent.add(new Location(location));
        }
        if (institution != null && institution.coordinates() != null) {
            vevent.add(new Geo(BigDecimal.valueOf(institution.coordinates().latitude()),
                    BigDecimal.valueOf(institution.coordinates().longitude())));
        }
        String description = description(event);
        if (!description.isEmpty()) {
            vevent.add(new Description(description));
        }
        for (Member member : data.participantsOf(event)) {
            Attendee attendee = new Attendee(address(member));
            attendee.add(new Cn(member.displayName()));
            attendee.add(Role.REQ_PARTICIPANT);
            vevent.add(attendee);
        }
        return vevent;
    }

    private static String location(Event event, Institution institution) {
        if (institution == null) {
            return event.location() == null ? "" : event.location();
        }
        String address = institution.fullAddress();
        return address.isEmpty() ? institution.officialName() : institution.officialName() + ", " + address;
    }

    private String description(Event event) {
        List<String> parts = new ArrayList<>();
        List<Contact> hosts = data.hostsOf(event);
        if (!hosts.isEmpty()) {
            parts.add(labels.get("doc.line.hosts", hosts.stream()
                    .map(h -> h.displayName() + (h.phone() == null || h.phone().isBlank() ? "" : " (" + h.phone() + ")"))
                    .collect(Collectors.joining("; "))));
        }
        if (event.notes() != null && !event.notes().isBlank()) {
            parts.add(event.notes().strip());
        }
        return String.join("\n", parts);
    }

    /** The member's e-mail as a calendar address, else a stable URN (a calendar address must be a URI). */
    private static URI address(Member member) {
        if (member.email() != null && member.email().matches("[^\\s@]+@[^\\s@]+")) {
            return URI.create("mailto:" + member.email().trim());
        }
        return URI.create("urn:visit-planner:member:" + member.id());
    }
}
