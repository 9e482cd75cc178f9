package org.visitplanner.gui.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.visitplanner.gui.common.AppState;
import org.visitplanner.gui.common.ChangeLines;
import org.visitplanner.gui.common.DataArea;
import org.visitplanner.gui.common.Problems;
import org.visitplanner.gui.common.TaskExecutor;
import org.visitplanner.logic.directory.InstitutionRepository;
import org.visitplanner.logic.directory.PartnershipRepository;
import org.visitplanner.logic.directory.PartnershipStatusRepository;
import org.visitplanner.logic.history.HistoryRepository;
import org.visitplanner.logic.i18n.Formats;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.logic.meeting.MeetingService;
import org.visitplanner.logic.meeting.Visit;
import org.visitplanner.model.ActionItem;
import org.visitplanner.model.EventStatus;
import org.visitplanner.model.FieldChange;
import org.visitplanner.model.Institution;
import org.visitplanner.model.Partnership;
import org.visitplanner.model.PartnershipStatusChange;

/**
 * What the secretary reads before the next visit to an institution: where each partnership stands, then every past and
 * planned visit across trips, newest first, with who went, what came out of it and what is still to do.
 */
public final class InstitutionHistoryViewModel {

    /** A partnership: its type, status, and when and why the status last changed. */
    public record PartnershipLine(String type, String status, String detail) {
    }

    /** An open action item of a visit. */
    public record ActionLine(String text, String detail, boolean overdue) {
    }

    /** One visit. {@code attendees} says whether they attended (record) or were planned. */
    public record VisitCard(long eventId, String when, String trip, String title, String state, boolean upcoming,
                            boolean cancelled, String attendees, List<String> outcomes, List<ActionLine> actions) {
    }

    private record Loaded(long institutionId, Institution institution, List<Partnership> partnerships,
                          List<PartnershipStatusChange> changes, List<Visit> visits, List<FieldChange> edits) {
    }

    private final TaskExecutor tasks;
    private final AppState state;
    private final InstitutionRepository institutions;
    private final PartnershipRepository partnerships;
    private final PartnershipStatusRepository statusChanges;
    private final MeetingService meetings;
    private final Clock clock;
    private final HistoryRepository history;

    private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper(this, "name", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyBooleanWrapper showing = new ReadOnlyBooleanWrapper(this, "showing");
    private final ObservableList<PartnershipLine> partnershipLines = FXCollections.observableArrayList();
    private final ObservableList<VisitCard> visits = FXCollections.observableArrayList();
    private final ObservableList<String> changeLines = FXCollections.observableArrayList();
    private Long institutionId;

    public InstitutionHistoryViewModel(TaskExecutor tasks, AppState state, InstitutionRepository institutions,
                                       PartnershipRepository partnerships, PartnershipStatusRepository statusChanges,
                                       MeetingService meetings, HistoryRepository history, Clock clock) {
        this.tasks = tasks;
        this.state = state;
        this.institutions = institutions;
        this.partnerships = partnerships;
        this.statusChanges = statusChanges;
        this.meetings = meetings;
        this.clock = clock;
        this.history = history;
        state.revisionProperty(DataArea.INSTITUTION_HISTORY).addListener((obs, was, revision) -> reload());
    }

    /** Shows the history of an institution; null shows nothing. */
    public void show(Long id) {
        institutionId = id;
        reload();
    }

    private void reload() {
        Long id = institutionId;
        if (id == null) {
            showing.set(false);
            name.set("");
            summary.set("");
            partnershipLines.clear();
            visits.clear();
            changeLines.clear();
            return;
        }
        tasks.run(() -> new Loaded(id, institutions.findById(id).orElse(null), partnerships.findByInstitution(id),
                        statusChanges.changesOfInstitution(id), meetings.visitsTo(id), history.ofInstitution(id)),
                this::display, failure -> state.showStatus(Problems.describe(failure)));
    }

    private void display(Loaded loaded) {
        if (!Long.valueOf(loaded.institutionId()).equals(institutionId)) {
            return; // another institution was chosen meanwhile
        }
        if (loaded.institution() == null) {
            show(null);
            return;
        }
        Institution institution = loaded.institution();
        name.set(institution.officialName());
        summary.set(String.join(" · ", nonBlank(institution.chineseName(), Messages.of(institution.relation()),
                institution.city())));
        partnershipLines.setAll(loaded.partnerships().stream().map(p -> new PartnershipLine(Messages.of(p.type()),
                Messages.of(p.status()), partnershipDetail(p, loaded.changes()))).toList());
        LocalDate today = LocalDate.now(clock);
        visits.setAll(loaded.visits().stream().map(v -> card(v, today)).toList());
        changeLines.setAll(loaded.edits().stream().map(ChangeLines::line).toList());
        showing.set(true);
    }

    private static String partnershipDetail(Partnership p, List<PartnershipStatusChange> changes) {
        Optional<PartnershipStatusChange> last = changes.stream().filter(c -> c.partnershipId() == p.id()).findFirst();
        if (last.isPresent()) {
            PartnershipStatusChange change = last.get();
            String day = Formats.date(change.changedAt().toLocalDate());
            return change.outcomeId() != null ? Messages.get("history.partnership.changedByOutcome", day)
                    : Messages.get("history.partnership.changed", day);
        }
        return p.since() == null ? "" : Messages.get("history.partnership.since", Formats.date(p.since()));
    }

    private VisitCard card(Visit visit, LocalDate today) {
        var event = visit.event();
        boolean upcoming = event.zonedEnd().isAfter(ZonedDateTime.now(clock));
        boolean cancelled = event.status() == EventStatus.CANCELLED;
        String when = Formats.date(event.day()) + " · "
                + Formats.timeRange(event.start().toLocalTime(), event.end().toLocalTime());
        String people = visit.attendees().isEmpty() ? Messages.get("history.nobody")
                : String.join(", ", visit.attendees());
        String attendees = Messages.get(visit.recorded() ? "history.attended" : "history.planned", people);
        String stateText = cancelled ? Messages.of(EventStatus.CANCELLED)
                : upcoming ? Messages.get("history.upcoming") : Messages.of(event.kind());
        List<ActionLine> actions = new ArrayList<>();
        for (int i = 0; i < visit.openActions().size(); i++) {
            ActionItem a = visit.openActions().get(i);
            String owner = visit.ownerNames().get(i);
            String detail = String.join(" · ", nonBlank(owner,
                    a.due() == null ? "" : Messages.get(a.overdueOn(today) ? "meeting.action.overdue"
                            : "meeting.action.dueOn", Formats.date(a.due()))));
            actions.add(new ActionLine(a.text(), detail, a.overdueOn(today)));
        }
        return new VisitCard(event.id(), when, visit.tripName(), event.title(), stateText, upcoming, cancelled,
                attendees, visit.outcomes().stream().map(o -> Messages.of(o.type()) + " — " + o.text()).toList(),
                actions);
    }

    private static List<String> nonBlank(String... values) {
        return Arrays.stream(values).filter(v -> v != null && !v.isBlank()).toList();
    }

    public ReadOnlyStringProperty nameProperty() {
        return name.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty showingProperty() {
        return showing.getReadOnlyProperty();
    }

    public ObservableList<PartnershipLine> partnerships() {
        return partnershipLines;
    }

    public ObservableList<VisitCard> visits() {
        return visits;
    }

    /** Who changed what and when, newest first, one line each (ADR 0026). */
    public ObservableList<String> changes() {
        return changeLines;
    }
}
