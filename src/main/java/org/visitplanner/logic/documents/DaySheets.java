package org.visitplanner.logic.documents;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.visitplanner.logic.documents.pdf.PdfPages;
import org.visitplanner.logic.documents.pdf.Style;
import org.visitplanner.model.Contact;
import org.visitplanner.model.Event;
import org.visitplanner.model.Institution;
import org.visitplanner.model.Member;
import org.visitplanner.model.TravelLeg;

/**
 * A page (or more) per day: each event with its time, the institution's French and Chinese names, full address,
 * hosts with their phone numbers, our participants and notes, and the travel to the next venue. With a member, only
 * that member's events (the member schedule).
 *
 * <p>Pages keep their context: a day heading stays with the day's first event, an event stays whole with its journeys
 * (unless it is longer than a page), and a page the day runs onto repeats whose schedule and which day it is.
 */
final class DaySheets {

    private static final float TIME_COLUMN = 92;

    private final TripDocumentData data;
    private final DocumentOptions options;
    private final Labels labels;
    private final boolean homeTime;

    DaySheets(TripDocumentData data, DocumentOptions options) {
        this.data = data;
        this.options = options;
        this.labels = new Labels(options.language());
        this.homeTime = options.homeTime() && TimeLabels.homeDiffers(data.trip());
    }

    String title() {
        return labels.get("doc.days.title");
    }

    /** Every day of the trip, each on a new page (only the chosen member's events, when one is chosen). */
    void write(PdfPages pages) {
        Member member = options.memberId() == null ? null : data.membersById().get(options.memberId());
        if (member != null && data.eventsOf(member.id()).isEmpty()) {
            pages.newPage();
            pages.paragraph(pages.left(), pages.width(), labels.get("doc.member.nothing", member.displayName()),
                    Style.BODY);
            return;
        }
        for (LocalDate day : data.trip().days()) {
            pages.setContinuation(null);
            pages.newPage();
            String heading = member == null ? labels.fullDay(day)
                    : labels.get("doc.forMember", labels.fullDay(day), member.displayName());
            pages.paragraph(pages.left(), pages.width(), heading, Style.TITLE);
            pages.moveDown(6);
            pages.setContinuation(labels.get("doc.continued", heading));
            writeDayNote(pages, day);
            writeEvents(pages, data.eventsOn(day, options.memberId()), options.memberId());
        }
        pages.setContinuation(null);
    }

    /**
     * The schedule of one member in a section of its own (its pages numbered on their own): a heading with the name,
     * then each day the member has events.
     */
    void writeMember(PdfPages pages, Member member) {
        String name = labels.get("doc.member.heading", member.displayName());
        pages.startSection(name);
        pages.paragraph(pages.left(), pages.width(), name, Style.TITLE);
        String role = labels.of(member.role()) + (member.title() == null || member.title().isBlank() ? ""
                : " · " + member.title());
        pages.paragraph(pages.left(), pages.width(), role, Style.SMALL);
        pages.moveDown(8);
        List<Event> events = data.eventsOf(member.id());
        if (events.isEmpty()) {
            pages.paragraph(pages.left(), pages.width(), labels.get("doc.member.nothing", member.displayName()),
                    Style.BODY);
            return;
        }
        for (LocalDate day : data.trip().days()) {
            List<Event> ofDay = events.stream().filter(e -> e.day().equals(day)).toList();
            if (ofDay.isEmpty()) {
                continue;
            }
            pages.setContinuation(labels.get("doc.continued", member.displayName()));
            // The day's heading stays with its notes and its first event.
            String heading = labels.fullDay(day);
            pages.keepTogether(pages.height(heading, Style.HEADING, pages.width()) + 4 + dayNoteHeight(pages, day)
                    + eventHeight(pages, ofDay.get(0), member.id()));
            pages.paragraph(pages.left(), pages.width(), heading, Style.HEADING);
            pages.moveDown(4);
            pages.setContinuation(labels.get("doc.continued",
                    labels.get("doc.forMember", member.displayName(), heading)));
            writeDayNote(pages, day);
            writeEvents(pages, ofDay, member.id());
            pages.moveDown(6);
        }
        pages.setContinuation(null);
    }

    private float dayNoteHeight(PdfPages pages, LocalDate day) {
        String note = data.dayNote(day);
        return note.isBlank() ? 2 : pages.height(labels.get("doc.dayNotes", note.strip()), Style.BODY,
                pages.width() - 16) + 18;
    }

    /** The day's notes in a shaded box under the day's heading. */
    private void writeDayNote(PdfPages pages, LocalDate day) {
        String note = data.dayNote(day);
        if (note.isBlank()) {
            pages.moveDown(2);
            return;
        }
        String text = labels.get("doc.dayNotes", note.strip());
        float height = pages.height(text, Style.BODY, pages.width() - 16) + 12;
        pages.keepTogether(height);
        if (height <= pages.roomLeft()) {
            pages.fill(pages.left(), pages.y(), pages.width(), height, Style.SHADE);
        }
        pages.moveDown(6);
        pages.paragraph(pages.left() + 8, pages.width() - 16, text, Style.BODY);
        pages.moveDown(12);
    }

    /** The events in order, each followed by the journey to the next venue ({@code memberId}'s, when given). */
    private void writeEvents(PdfPages pages, List<Event> events, Long memberId) {
        if (events.isEmpty()) {
            pages.paragraph(pages.left(), pages.width(), labels.get("doc.nothingPlanned"), Style.BODY);
            return;
        }
        for (Event event : events) {
            // An event and its journeys stay on one page when they fit on a page at all.
            pages.keepTogether(eventHeight(pages, event, memberId));
            writeEvent(pages, event);
            for (TravelLeg leg : data.legsFrom(event, memberId)) {
                writeLeg(pages, leg);
            }
        }
    }

    /** The height an event takes with its journeys. */
    private float eventHeight(PdfPages pages, Event event, Long memberId) {
        float textWidth = pages.right() - pages.left() - TIME_COLUMN;
        float height = blockHeight(pages, event, textWidth);
        for (TravelLeg leg : data.legsFrom(event, memberId)) {
            height += legHeight(pages, leg);
        }
        return height;
    }

    private String legText(TravelLeg leg) {
        String destination = data.event(leg.toEventId()).map(data::venueLabel).orElse("");
        String text = "→ " + labels.leg(leg, destination);
        if (leg.kilometres() != null) {
            text += " " + labels.get("doc.leg.distance", String.format(labels.language(), "%.1f", leg.kilometres()));
        }
        if (memberSplit(leg)) {
            text += " — " + leg.memberIds().stream().map(data.membersById()::get).filter(Objects::nonNull)
                    .map(Member::displayName).collect(Collectors.joining(", "));
        }
        return text;
    }

    private float legHeight(PdfPages pages, TravelLeg leg) {
        return pages.height(legText(leg), Style.BODY, pages.right() - pages.left() - TIME_COLUMN) + 4;
    }

    private void writeLeg(PdfPages pages, TravelLeg leg) {
        pages.keepTogether(legHeight(pages, leg));
        pages.moveDown(-4);
        pages.paragraph(pages.left() + TIME_COLUMN, pages.right() - pages.left() - TIME_COLUMN, legText(leg),
                Style.BODY.withColor(Style.TRAVEL));
        pages.moveDown(8);
    }

    /** True when not everyone of the first event makes this journey (the delegation splits up). */
    private boolean memberSplit(TravelLeg leg) {
        return data.event(leg.fromEventId()).map(e -> e.participantIds().size() != leg.memberIds().size())
                .orElse(false);
    }

    private String homeTimes(Event event) {
        return homeTime ? TimeLabels.home(event, data.trip(), labels.language()) : "";
    }

    private float timeHeight(PdfPages pages, Event event) {
        String homeTimes = homeTimes(event);
        return Style.BODY_BOLD.lineHeight() + (homeTimes.isEmpty() ? 0
                : pages.height(homeTimes, Style.SMALL, TIME_COLUMN - 10)) + Style.SMALL.lineHeight();
    }

    /** The height of an event's block: the larger of its time column and its text, and the space around them. */
    private float blockHeight(PdfPages pages, Event event, float textWidth) {
        float detailsHeight = pages.height(event.title(), Style.SUBHEADING, textWidth)
                + pages.height(details(event), Style.BODY, textWidth);
        return Math.max(detailsHeight + 4, timeHeight(pages, event) + 4) + 8;
    }

    private void writeEvent(PdfPages pages, Event event) {
        float textX = pages.left() + TIME_COLUMN;
        float textWidth = pages.right() - textX;
        String times = TimeLabels.venue(event);
        String homeTimes = homeTimes(event);
        float timeHeight = timeHeight(pages, event);
        pages.keepTogether(blockHeight(pages, event, textWidth));

        float top = pages.y();
        pages.line(pages.left(), top + 2, pages.right(), top + 2, Style.RULE, 0.5f);
        float timeTop = top - 4;
        timeTop -= pages.block(pages.left(), timeTop, TIME_COLUMN - 10, times, Style.BODY_BOLD.withColor(Style.ACCENT),
                PdfPages.Role.TEXT);
        if (!homeTimes.isEmpty()) {
            timeTop -= pages.block(pages.left(), timeTop, TIME_COLUMN - 10, homeTimes, Style.SMALL);
        }
        pages.block(pages.left(), timeTop, TIME_COLUMN - 10, labels.of(event.kind()), Style.SMALL);

        pages.moveDown(4);
        pages.paragraph(textX, textWidth, event.title(), Style.SUBHEADING);
        pages.paragraph(textX, textWidth, details(event), Style.BODY);
        float used = top - pages.y();
        if (used >= 0 && used < timeHeight + 4) {
            pages.moveDown(timeHeight + 4 - used);
        }
        pages.moveDown(8);
    }

    /** Institution names, address, hosts, participants and notes as lines of text. */
    private String details(Event event) {
        StringBuilder text = new StringBuilder();
        Institution institution = data.institutionOf(event).orElse(null);
        if (institution != null) {
            String names = institution.officialName();
            if (institution.chineseName() != null && !institution.chineseName().isBlank()) {
                names += " · " + institution.chineseName();
            }
            text.append(names).append('\n');
            String address = institution.fullAddress();
            text.append(labels.get("doc.line.address", address.isEmpty() ? labels.get("doc.addressUnknown") : address))
                    .append('\n');
        } else if (event.location() != null && !event.location().isBlank()) {
            text.append(labels.get("doc.line.address", event.location())).append('\n');
        }
        List<Contact> hosts = data.hostsOf(event);
        if (!hosts.isEmpty()) {
            text.append(labels.get("doc.line.hosts", hosts.stream().map(this::host).collect(Collectors.joining("; "))))
                    .append('\n');
        }
        List<Member> participants = data.participantsOf(event);
        if (!participants.isEmpty()) {
            text.append(labels.get("doc.line.delegation",
                    participants.stream().map(Member::displayName).collect(Collectors.joining(", ")))).append('\n');
        }
        if (event.notes() != null && !event.notes().isBlank()) {
            text.append(labels.get("doc.line.notes", event.notes().strip())).append('\n');
        }
        return text.toString().stripTrailing();
    }

    private String host(Contact contact) {
        StringBuilder host = new StringBuilder(contact.displayName());
        if (contact.title() != null && !contact.title().isBlank()) {
            host.append(", ").append(contact.title());
        }
        if (contact.phone() != null && !contact.phone().isBlank()) {
            host.append(", ").append(contact.phone());
        }
        return host.toString();
    }
}
