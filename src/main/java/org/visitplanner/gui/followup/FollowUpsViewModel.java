package org.visitplanner.gui.followup;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.visitplanner.gui.common.AppState;
import org.visitplanner.gui.common.DataArea;
import org.visitplanner.gui.common.Problems;
import org.visitplanner.gui.common.TaskExecutor;
import org.visitplanner.logic.followup.FollowUp;
import org.visitplanner.logic.followup.FollowUpCsv;
import org.visitplanner.logic.followup.FollowUpFilter;
import org.visitplanner.logic.followup.FollowUpRepository;
import org.visitplanner.logic.i18n.Formats;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.logic.meeting.MeetingService;
import org.visitplanner.model.ActionStatus;

/**
 * Every action item across trips: filtered by owner, institution, trip, status and due date; overdue ones marked;
 * marked done (or dropped) in place; the filtered list exported as CSV.
 */
public final class FollowUpsViewModel {

    /** A choice in a filter box; {@code id} null means "all". */
    public record Choice(Long id, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** A status choice; {@code status} null means "all". */
    public record StatusChoice(ActionStatus status, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** A due-date choice. */
    public record DueChoice(FollowUpFilter.Due due, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** One line of the table, texts ready to show. */
    public record Row(FollowUp followUp, String action, String owner, String due, boolean overdue, String status,
                      String institution, String meeting, String trip) {
        public long actionId() {
            return followUp.item().id();
        }
    }

    private final TaskExecutor tasks;
    private final AppState state;
    private final FollowUpRepository followUps;
    private final MeetingService meetings;
    private final Clock clock;

    private final ObservableList<Choice> owners = FXCollections.observableArrayList();
    private final ObservableList<Choice> institutions = FXCollections.observableArrayList();
    private final ObservableList<Choice> trips = FXCollections.observableArrayList();
    private final ObservableList<StatusChoice> statuses = FXCollections.observableArrayList();
    private final ObservableList<DueChoice> dues = FXCollections.observableArrayList();
    private final ObjectProperty<Choice> owner = new SimpleObjectProperty<>(this, "owner");
    private final ObjectProperty<Choice> institution = new SimpleObjectProperty<>(this, "institution");
    private final ObjectProperty<Choice> trip = new SimpleObjectProperty<>(this, "trip");
    private final ObjectProperty<StatusChoice> status = new SimpleObjectProperty<>(this, "status");
    private final ObjectProperty<DueChoice> due = new SimpleObjectProperty<>(this, "due");
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper(this, "count", "");
    private final LongProperty selectedAction = new SimpleLongProperty(this, "selectedAction", -1);
    private List<FollowUp> all = List.of();

    public FollowUpsViewModel(TaskExecutor tasks, AppState state, FollowUpRepository followUps,
                              MeetingService meetings, Clock clock) {
        this.tasks = tasks;
        this.state = state;
        this.followUps = followUps;
        this.meetings = meetings;
        this.clock = clock;
        Choice everyone = new Choice(null, Messages.get("followups.filter.anyone"));
        owners.setAll(everyone);
        owner.set(everyone);
        Choice everywhere = new Choice(null, Messages.get("followups.filter.anyInstitution"));
        institutions.setAll(everywhere);
        institution.set(everywhere);
        Choice anyTrip = new Choice(null, Messages.get("followups.filter.anyTrip"));
        trips.setAll(anyTrip);
        trip.set(anyTrip);
        statuses.add(new StatusChoice(null, Messages.get("followups.filter.anyStatus")));
        for (ActionStatus s : ActionStatus.values()) {
            statuses.add(new StatusChoice(s, Messages.of(s)));
        }
        status.set(statuses.get(1));
        for (FollowUpFilter.Due d : FollowUpFilter.Due.values()) {
            dues.add(new DueChoice(d,
                    Messages.get("followups.filter.due." + d.name().toLowerCase(Locale.ROOT))));
        }
        due.set(dues.get(0));
        for (ObjectProperty<?> filter : List.of(owner, institution, trip, status, due)) {
            filter.addListener((obs, was, now) -> applyFilter());
        }
        state.revisionProperty(DataArea.FOLLOW_UPS).addListener((obs, was, revision) -> reload());
    }

    public void reload() {
        tasks.run(followUps::findAll, this::show, failure -> state.showStatus(Problems.describe(failure)));
    }

    private void show(List<FollowUp> loaded) {
        all = loaded;
        Map<Long, String> ownerNames = new LinkedHashMap<>();
        Map<Long, String> institutionNames = new LinkedHashMap<>();
        Map<Long, String> tripNames = new LinkedHashMap<>();
        boolean anyUnowned = false;
        for (FollowUp f : loaded) {
            if (f.item().ownerMemberId() == null) {
                anyUnowned = true;
            } else {
                ownerNames.putIfAbsent(f.item().ownerMemberId(), f.ownerName());
            }
            if (f.institutionId() != null) {
                institutionNames.putIfAbsent(f.institutionId(), f.institutionName());
            }
            tripNames.putIfAbsent(f.tripId(), f.tripName());
        }
        List<Choice> ownerChoices = new ArrayList<>(List.of(owners.get(0)));
        ownerNames.entrySet().stream().sorted(Map.Entry.comparingByValue())
                .forEach(e -> ownerChoices.add(new Choice(e.getKey(), e.getValue())));
        if (anyUnowned) {
            ownerChoices.add(new Choice(FollowUpFilter.NOBODY, Messages.get("followups.filter.nobody")));
        }
        replaceChoices(owners, ownerChoices, owner);
        replaceChoices(institutions, choices(institutions.get(0), institutionNames), institution);
        replaceChoices(trips, choices(trips.get(0), tripNames), trip);
        applyFilter();
    }

    private static List<Choice> choices(Choice all, Map<Long, String> names) {
        List<Choice> list = new ArrayList<>(List.of(all));
        names.entrySet().stream().sorted(Map.Entry.comparingByValue(Comparator.comparing(String::toLowerCase)))
                .forEach(e -> list.add(new Choice(e.getKey(), e.getValue())));
        return list;
    }

    /** Replaces a box's choices, keeping the chosen one when it is still there. */
    private static void replaceChoices(ObservableList<Choice> list, List<Choice> fresh, ObjectProperty<Choice> chosen) {
        Long wanted = chosen.get() == null ? null : chosen.get().id();
        list.setAll(fresh);
        chosen.set(fresh.stream().filter(c -> Objects.equals(c.id(), wanted)).findFirst()
                .orElse(fresh.get(0)));
    }

    private FollowUpFilter filter() {
        return new FollowUpFilter(id(owner), id(institution), id(trip),
                status.get() == null ? null : status.get().status(), due.get() == null ? null : due.get().due());
    }

    private static Long id(ObjectProperty<Choice> choice) {
        return choice.get() == null ? null : choice.get().id();
    }

    private void applyFilter() {
        LocalDate today = LocalDate.now(clock);
        List<FollowUp> shown = filter().apply(all, today);
        rows.setAll(shown.stream().map(f -> new Row(f, f.item().text(), f.ownerName(),
                f.item().due() == null ? "" : Formats.date(f.item().due()), f.item().overdueOn(today),
                Messages.of(f.item().status()), f.institutionName(),
                f.eventTitle() + " · " + Formats.date(f.eventDay()), f.tripName())).toList());
        long open = shown.stream().filter(f -> f.item().status() == ActionStatus.OPEN).count();
        long overdue = shown.stream().filter(f -> f.item().overdueOn(today)).count();
        count.set(Messages.get("followups.count", shown.size(), all.size(), open, overdue));
    }

    /** Marks an item done, dropped or open again, in place. */
    public void setStatus(Row row, ActionStatus newStatus) {
        if (row.followUp().item().status() == newStatus) {
            return;
        }
        tasks.run(() -> meetings.setStatus(row.followUp().item(), newStatus), saved -> state.dataChanged(),
                failure -> {
                    state.showStatus(Problems.describe(failure));
                    reload();
                });
    }

    /** Writes the rows shown now to a CSV file; the status bar tells how it went. */
    public void export(Path target) {
        List<FollowUp> shown = rows.stream().map(Row::followUp).toList();
        LocalDate today = LocalDate.now(clock);
        tasks.run(() -> {
            FollowUpCsv.write(target, shown, today);
            return shown.size();
        }, written -> state.showStatus(Messages.get("followups.exported", written, target.toString())),
                failure -> state.showStatus(Messages.get("followups.exportFailed", Problems.describe(failure))));
    }

    /** Shows one item whatever the filters (a search result was chosen) and selects it. */
    public void reveal(long actionId) {
        owner.set(owners.get(0));
        institution.set(institutions.get(0));
        trip.set(trips.get(0));
        status.set(statuses.get(0));
        due.set(dues.get(0));
        selectedAction.set(-1);
        selectedAction.set(actionId);
    }

    public ObservableList<Choice> owners() {
        return owners;
    }

    public ObservableList<Choice> institutions() {
        return institutions;
    }

    public ObservableList<Choice> trips() {
        return trips;
    }

    public ObservableList<StatusChoice> statuses() {
        return statuses;
    }

    public ObservableList<DueChoice> dues() {
        return dues;
    }

    public ObjectProperty<Choice> ownerProperty() {
        return owner;
    }

    public ObjectProperty<Choice> institutionProperty() {
        return institution;
    }

    public ObjectProperty<Choice> tripProperty() {
        return trip;
    }

    public ObjectProperty<StatusChoice> statusProperty() {
        return status;
    }

    public ObjectProperty<DueChoice> dueProperty() {
        return due;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    /** The window's shared state: whether the data may only be read, the notices. */
    public AppState state() {
        return state;
    }

    public ReadOnlyStringProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    /** The action item to select and show (-1: none). */
    public LongProperty selectedActionProperty() {
        return selectedAction;
    }
}
