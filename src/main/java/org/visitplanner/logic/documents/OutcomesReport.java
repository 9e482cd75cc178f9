package org.visitplanner.logic.documents;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.visitplanner.logic.documents.pdf.PdfPages;
import org.visitplanner.logic.documents.pdf.Style;
import org.visitplanner.model.ActionItem;
import org.visitplanner.model.ActionStatus;
import org.visitplanner.model.Event;
import org.visitplanner.model.EventStatus;
import org.visitplanner.model.Institution;
import org.visitplanner.model.Member;
import org.visitplanner.model.Outcome;
import org.visitplanner.model.OutcomeType;
import org.visitplanner.model.Partnership;
import org.visitplanner.model.PartnershipStatusChange;

/**
 * After the trip, per institution visited: the meetings held, the outcomes by type, how the partnerships moved, and
 * the action items with owner and due date. A summary opens the report.
 */
final class OutcomesReport {

    /** The report counts a status change as the trip's when an outcome of the trip caused it or it happened then. */
    private static final int DAYS_AFTER_THE_TRIP = 14;

    private final TripDocumentData data;
    private final Labels labels;

    OutcomesReport(TripDocumentData data, DocumentOptions options) {
        this.data = data;
        this.labels = new Labels(options.language());
    }

    String title() {
        return labels.get("doc.report.title");
    }

    void write(PdfPages pages, Progress progress) {
        Map<Institution, List<Event>> byInstitution = eventsByInstitution();
        pages.newPage();
        pages.paragraph(pages.left(), pages.width(), title(), Style.TITLE);
        pages.paragraph(pages.left(), pages.width(), data.trip().name(), Style.SUBHEADING);
        pages.moveDown(6);
        pages.paragraph(pages.left(), pages.width(), summary(byInstitution), Style.BODY);
        int done = 0;
        for (Map.Entry<Institution, List<Event>> entry : byInstitution.entrySet()) {
            progress.checkCancelled();
            writeInstitution(pages, entry.getKey(), entry.getValue());
            progress.update(++done, byInstitution.size());
        }
        pages.setContinuation(null);
    }

    /** Institutions in the order the trip first met them, each with its events (cancelled ones left out). */
    private Map<Institution, List<Event>> eventsByInstitution() {
        Map<Institution, List<Event>> byInstitution = new LinkedHashMap<>();
        for (Event event : data.events()) {
            if (event.status() == EventStatus.CANCELLED) {
                continue;
            }
            data.institutionOf(event)
                    .ifPresent(i -> byInstitution.computeIfAbsent(i, k -> new ArrayList<>()).add(event));
        }
        return byInstitution;
    }

    private String summary(Map<Institution, List<Event>> byInstitution) {
        long meetings = data.events().stream().filter(e -> data.meetings().record(e.id()).isPresent()).count();
        List<Outcome> outcomes = data.events().stream().flatMap(e -> data.meetings().outcomes(e.id()).stream())
                .toList();
        List<ActionItem> actions = data.events().stream().flatMap(e -> data.meetings().actions(e.id()).stream())
                .toList();
        long open = actions.stream().filter(a -> a.status() == ActionStatus.OPEN).count();
        long changes = byInstitution.keySet().stream().mapToLong(i -> changesOf(i).size()).sum();
        return labels.get("doc.report.summary", Integer.toString(byInstitution.size()), Long.toString(meetings),
                Integer.toString(outcomes.size()), Long.toString(changes), Integer.toString(actions.size()),
                Long.toString(open));
    }

    private void writeInstitution(PdfPages pages, Institution institution, List<Event> events) {
        pages.moveDown(14);
        String name = institution.officialName()
                + (institution.chineseName() == null || institution.chineseName().isBlank() ? ""
                        : " · " + institution.chineseName());
        String meetings = events.stream().map(this::meetingLine).collect(Collectors.joining("\n"));
        // The institution's name stays with the first lines of its meetings.
        pages.setContinuation(null);
        pages.keepTogether(pages.height(name, Style.HEADING, pages.width()) + 8 + blockStart(pages, meetings));
        pages.paragraph(pages.left(), pages.width(), name, Style.HEADING.withColor(Style.ACCENT));
        pages.line(pages.left(), pages.y() + 1, pages.right(), pages.y() + 1, Style.ACCENT, 0.8f);
        pages.moveDown(4);
        pages.setContinuation(labels.get("doc.continued", name));

        block(pages, labels.get("doc.report.meetings"), meetings);

        List<Outcome> outcomes = events.stream().flatMap(e -> data.meetings().outcomes(e.id()).stream()).toList();
        List<String> byType = new ArrayList<>();
        for (OutcomeType type : OutcomeType.values()) {
            List<Outcome> ofType = outcomes.stream().filter(o -> o.type() == type).toList();
            if (!ofType.isEmpty()) {
                byType.add(labels.of(type));
                ofType.forEach(o -> byType.add("   • " + o.text().strip()));
            }
        }
        block(pages, labels.get("doc.report.outcomes"),
                byType.isEmpty() ? labels.get("doc.report.noOutcomes") : String.join("\n", byType));

        List<PartnershipStatusChange> changes = changesOf(institution);
        block(pages, labels.get("doc.report.statusChanges"), changes.isEmpty() ? labels.get("doc.report.noChanges")
                : changes.stream().map(this::changeLine).collect(Collectors.joining("\n")));

        List<String> actionLines = new ArrayList<>();
        for (Event event : events) {
            for (ActionItem action : data.meetings().actions(event.id())) {
                Member owner = action.ownerMemberId() == null ? null : data.membersById().get(action.ownerMemberId());
                actionLines.add((action.status() == ActionStatus.OPEN ? "☐ " : "☑ ") + action.text().strip()
                        + ReportLines.ownerAndDue(labels, owner == null ? "" : owner.displayName(), action.due())
                        + " · " + labels.of(action.status()));
            }
        }
        block(pages, labels.get("doc.report.actions"),
                actionLines.isEmpty() ? labels.get("doc.report.noActions") : String.join("\n", actionLines));
    }

    private void block(PdfPages pages, String heading, String text) {
        pages.moveDown(4);
        // A heading never stands alone at the foot of a page.
        pages.keepTogether(blockStart(pages, text));
        pages.paragraph(pages.left(), pages.width(), heading, Style.SUBHEADING);
        pages.paragraph(pages.left() + 10, pages.width() - 10, text, Style.BODY);
    }

    /** The height of a block's heading and its first three lines. */
    private static float blockStart(PdfPages pages, String text) {
        return Style.SUBHEADING.lineHeight() + 4
                + Math.min(pages.height(text, Style.BODY, pages.width() - 10), Style.BODY.lineHeight() * 3);
    }

    private String meetingLine(Event event) {
        String line = labels.longDay(event.day()) + " " + TimeLabels.venue(event) + " — " + event.title();
        List<Long> came = data.meetings().attendeesByEvent().get(event.id());
        List<Member> attendees = came == null ? data.participantsOf(event)
                : came.stream().map(data.membersById()::get).filter(Objects::nonNull).toList();
        if (!attendees.isEmpty()) {
            line += "\n   " + labels.get("doc.line.delegation",
                    attendees.stream().map(Member::displayName).collect(Collectors.joining(", ")));
        }
        if (data.meetings().record(event.id()).isEmpty()) {
            line += "\n   " + labels.get("doc.report.noRecord");
        }
        return line;
    }

    /** The status changes of the institution's partnerships that belong to this trip. */
    private List<PartnershipStatusChange> changesOf(Institution institution) {
        Set<Long> partnershipIds = data.partnershipsByInstitution().getOrDefault(institution.id(), List.of()).stream()
                .map(Partnership::id).collect(Collectors.toSet());
        Set<Long> tripOutcomes = data.events().stream().flatMap(e -> data.meetings().outcomes(e.id()).stream())
                .map(Outcome::id).collect(Collectors.toSet());
        LocalDate first = data.trip().firstDay();
        LocalDate last = data.trip().lastDay().plusDays(DAYS_AFTER_THE_TRIP);
        return data.meetings().statusChanges().stream()
                .filter(c -> partnershipIds.contains(c.partnershipId()))
                .filter(c -> (c.outcomeId() != null && tripOutcomes.contains(c.outcomeId()))
                        || inRange(c.changedAt().withOffsetSameInstant(ZoneOffset.UTC).toLocalDate(), first, last))
                .filter(c -> c.oldStatus() != null)
                .toList();
    }

    private String changeLine(PartnershipStatusChange change) {
        Partnership partnership = data.partnershipsByInstitution().values().stream().flatMap(List::stream)
                .filter(p -> p.id() == change.partnershipId()).findFirst().orElse(null);
        String type = partnership == null ? "" : labels.of(partnership.type()) + ": ";
        return "• " + type + labels.of(change.oldStatus()) + " → " + labels.of(change.newStatus()) + " ("
                + labels.date(change.changedAt().toLocalDate()) + ")";
    }

    private static boolean inRange(LocalDate day, LocalDate first, LocalDate last) {
        return !day.isBefore(first) && !day.isAfter(last);
    }
}
