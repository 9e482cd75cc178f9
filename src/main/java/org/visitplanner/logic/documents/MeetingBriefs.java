package org.visitplanner.logic.documents;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.visitplanner.logic.documents.pdf.PdfPages;
import org.visitplanner.logic.documents.pdf.Style;
import org.visitplanner.logic.i18n.Formats;
import org.visitplanner.logic.meeting.Visit;
import org.visitplanner.model.ActionItem;
import org.visitplanner.model.Contact;
import org.visitplanner.model.Event;
import org.visitplanner.model.EventKind;
import org.visitplanner.model.EventStatus;
import org.visitplanner.model.Institution;
import org.visitplanner.model.Member;
import org.visitplanner.model.Outcome;
import org.visitplanner.model.Partnership;
import org.visitplanner.model.PartnershipStatus;
import org.visitplanner.model.PartnershipStatusChange;

/**
 * A brief per visit, to read in the car on the way: who we meet, where, where the partnership stands, the agenda,
 * and what happened before with this institution (earlier outcomes and the action items still open).
 */
final class MeetingBriefs {

    /** Events that get a brief: what happens at an institution, except meals and journeys. */
    private static final Set<EventKind> BRIEFED = Set.of(EventKind.VISIT, EventKind.MEETING, EventKind.LAB_TOUR,
            EventKind.OTHER);
    private static final int EARLIER_VISITS_SHOWN = 3;

    private final TripDocumentData data;
    private final DocumentOptions options;
    private final Labels labels;

    MeetingBriefs(TripDocumentData data, DocumentOptions options) {
        this.data = data;
        this.options = options;
        this.labels = new Labels(options.language());
    }

    String title() {
        return labels.get("doc.briefs.title");
    }

    /** The events that get a brief, in time order (only the chosen member's, when one is chosen). */
    List<Event> visits() {
        return data.events().stream()
                .filter(e -> e.status() != EventStatus.CANCELLED && e.institutionId() != null
                        && BRIEFED.contains(e.kind()))
                .filter(e -> options.memberId() == null || e.participantIds().contains(options.memberId()))
                .toList();
    }

    void write(PdfPages pages, Progress progress) {
        List<Event> visits = visits();
        if (visits.isEmpty()) {
            pages.newPage();
            Member member = options.memberId() == null ? null : data.membersById().get(options.memberId());
            pages.paragraph(pages.left(), pages.width(), member == null ? labels.get("doc.briefs.none")
                    : labels.get("doc.member.nothingHere", member.displayName()), Style.BODY);
        }
        for (int i = 0; i < visits.size(); i++) {
            progress.checkCancelled();
            writeBrief(pages, visits.get(i));
            progress.update(i + 1, visits.size());
        }
    }

    private void writeBrief(PdfPages pages, Event event) {
        Institution institution = data.institutionOf(event).orElseThrow();
        pages.setContinuation(null);
        pages.newPage();
        String when = labels.fullDay(event.day()) + " · " + TimeLabels.venue(event)
                + (options.homeTime() && TimeLabels.homeDiffers(data.trip())
                        ? " (" + TimeLabels.home(event, data.trip(), labels.language()) + ")" : "");
        pages.paragraph(pages.left(), pages.width(), when, Style.SUBHEADING.withColor(Style.ACCENT));
        pages.setContinuation(labels.get("doc.continued", labels.fullDay(event.day()) + " · " + event.title()
                + " · " + institution.label()));
        pages.paragraph(pages.left(), pages.width(), event.title(), Style.TITLE);
        pages.moveDown(2);
        pages.paragraph(pages.left(), pages.width(), names(institution), Style.HEADING);
        List<String> facts = new ArrayList<>();
        String address = institution.fullAddress();
        facts.add(labels.get("doc.line.address", address.isEmpty() ? labels.get("doc.addressUnknown") : address));
        if (notBlank(institution.website())) {
            facts.add(labels.get("doc.line.website", institution.website()));
        }
        if (notBlank(institution.phone())) {
            facts.add(labels.get("doc.line.phone", institution.phone()));
        }
        pages.paragraph(pages.left(), pages.width(), String.join("\n", facts), Style.BODY);

        section(pages, labels.get("doc.briefs.partnership"), partnerships(institution, event));
        section(pages, labels.get("doc.briefs.hosts"), hosts(event));
        section(pages, labels.get("doc.briefs.delegation"), data.participantsOf(event).stream()
                .map(Member::displayName).collect(Collectors.joining(", ")));
        String agenda = data.meetings().record(event.id()).map(r -> r.agenda().strip()).orElse("");
        section(pages, labels.get("doc.briefs.agenda"), agenda.isEmpty() ? labels.get("doc.briefs.noAgenda") : agenda);
        if (event.notes() != null && !event.notes().isBlank()) {
            section(pages, labels.get("doc.briefs.notes"), event.notes().strip());
        }
        section(pages, labels.get("doc.briefs.before"), before(event, institution));
        section(pages, labels.get("doc.briefs.openActions"), openActions(event, institution));
        pages.setContinuation(null);
    }

    private void section(PdfPages pages, String heading, String text) {
        pages.moveDown(8);
        // A heading never stands alone at the foot of a page: it goes with the first lines of its text.
        pages.keepTogether(Style.SUBHEADING.lineHeight() + 3
                + Math.min(pages.height(text, Style.BODY, pages.width()), Style.BODY.lineHeight() * 3));
        pages.paragraph(pages.left(), pages.width(), heading, Style.SUBHEADING);
        pages.line(pages.left(), pages.y() + 1, pages.right(), pages.y() + 1, Style.RULE, 0.5f);
        pages.moveDown(3);
        pages.paragraph(pages.left(), pages.width(), text, Style.BODY);
    }

    private String names(Institution institution) {
        List<String> names = new ArrayList<>(List.of(institution.officialName()));
        if (notBlank(institution.englishName()) && !institution.englishName().equals(institution.officialName())) {
            names.add(institution.englishName());
        }
        if (notBlank(institution.chineseName())) {
            names.add(institution.chineseName());
        }
        return String.join(" · ", names);
    }

    /**
     * The partnerships as they stood before the meeting: a status a meeting at or after this one changed is shown as
     * it was before that change, and a partnership started at or after it is left out (the report tells the rest).
     */
    private String partnerships(Institution institution, Event event) {
        String relation = labels.get("doc.briefs.relation", labels.of(institution.relation()));
        List<String> lines = new ArrayList<>();
        for (Partnership p : data.partnershipsByInstitution().getOrDefault(institution.id(), List.of())) {
            Optional<PartnershipStatus> before = statusBefore(p, event);
            before.ifPresent(status -> lines.add("• " + labels.of(p.type()) + " — " + labels.of(status)
                    + (p.since() == null || !p.since().isBefore(event.day()) ? ""
                            : " (" + labels.get("doc.since", labels.date(p.since())) + ")")
                    + (notBlank(p.notes()) ? ": " + p.notes().strip() : "")));
        }
        String note = labels.get("doc.briefs.partnershipBefore");
        if (lines.isEmpty()) {
            boolean anyAfter = !data.partnershipsByInstitution().getOrDefault(institution.id(), List.of()).isEmpty();
            return relation + "\n" + labels.get(anyAfter ? "doc.briefs.startedLater" : "doc.briefs.noPartnership");
        }
        return relation + "\n" + String.join("\n", lines) + "\n" + note;
    }

    /** The status of {@code p} just before {@code event}; empty when the partnership did not exist yet. */
    private Optional<PartnershipStatus> statusBefore(Partnership p, Event event) {
        Instant meeting = event.zonedStart().toInstant();
        Map<Long, Instant> outcomeMoments = new HashMap<>();
        for (Event other : data.events()) {
            for (Outcome outcome : data.meetings().outcomes(other.id())) {
                outcomeMoments.put(outcome.id(), other.zonedStart().toInstant());
            }
        }
        // Each change counts at the meeting that caused it (it may be recorded days later), else when it was made.
        PartnershipStatusChange earliestLater = data.meetings().statusChanges().stream()
                .filter(c -> c.partnershipId() == p.id())
                .filter(c -> !momentOf(c, outcomeMoments).isBefore(meeting))
                .min(Comparator.comparing((PartnershipStatusChange c) -> momentOf(c, outcomeMoments))
                        .thenComparing(PartnershipStatusChange::id))
                .orElse(null);
        if (earliestLater == null) {
            return Optional.of(p.status());
        }
        return Optional.ofNullable(earliestLater.oldStatus());
    }

    private static Instant momentOf(PartnershipStatusChange change, Map<Long, Instant> outcomeMoments) {
        Instant caused = change.outcomeId() == null ? null : outcomeMoments.get(change.outcomeId());
        return caused != null ? caused : change.changedAt().toInstant();
    }

    private String hosts(Event event) {
        List<Contact> hosts = data.hostsOf(event);
        if (hosts.isEmpty()) {
            return labels.get("doc.briefs.noHosts");
        }
        return hosts.stream().map(c -> {
            List<String> parts = new ArrayList<>(List.of(c.displayName()));
            for (String value : new String[] {c.title(), c.phone(), c.email()}) {
                if (notBlank(value)) {
                    parts.add(value);
                }
            }
            if (notBlank(c.languages())) {
                parts.add(labels.get("doc.briefs.languages", c.languages()));
            }
            return "• " + String.join(" · ", parts);
        }).collect(Collectors.joining("\n"));
    }

    /** Outcomes of the visits to this institution before this one (on any trip), most recent first. */
    private String before(Event event, Institution institution) {
        List<String> lines = new ArrayList<>();
        int shown = 0;
        for (Visit visit : data.meetings().visits(institution.id())) {
            if (!visit.event().start().isBefore(event.start()) || visit.event().id() == event.id()) {
                continue;
            }
            if (shown++ == EARLIER_VISITS_SHOWN) {
                break;
            }
            lines.add(Formats.date(labels.language(), visit.event().day()) + " — " + visit.event().title()
                    + (visit.tripName().equals(data.trip().name()) ? "" : " (" + visit.tripName() + ")"));
            if (visit.outcomes().isEmpty()) {
                lines.add("   " + labels.get("doc.briefs.noOutcomes"));
            }
            for (Outcome outcome : visit.outcomes()) {
                lines.add("   • " + labels.of(outcome.type()) + ": " + outcome.text().strip());
            }
        }
        return lines.isEmpty() ? labels.get("doc.briefs.firstVisit") : String.join("\n", lines);
    }

    /** Action items still open from any visit to this institution (including this trip's earlier ones). */
    private String openActions(Event event, Institution institution) {
        List<String> lines = new ArrayList<>();
        for (Visit visit : data.meetings().visits(institution.id())) {
            if (visit.event().id() == event.id()) {
                continue;
            }
            for (int i = 0; i < visit.openActions().size(); i++) {
                ActionItem action = visit.openActions().get(i);
                String owner = i < visit.ownerNames().size() ? visit.ownerNames().get(i) : "";
                lines.add("☐ " + action.text().strip() + ReportLines.ownerAndDue(labels, owner, action.due()));
            }
        }
        return lines.isEmpty() ? labels.get("doc.briefs.noOpenActions") : String.join("\n", lines);
    }

    private static boolean notBlank(String text) {
        return text != null && !text.isBlank();
    }
}
