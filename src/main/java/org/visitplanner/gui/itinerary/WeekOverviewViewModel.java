package org.visitplanner.gui.itinerary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.visitplanner.gui.common.AppState;
import org.visitplanner.gui.common.Problems;
import org.visitplanner.gui.common.TaskExecutor;
import org.visitplanner.logic.directory.InstitutionRepository;
import org.visitplanner.logic.i18n.Formats;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.logic.itinerary.EventRepository;
import org.visitplanner.logic.trip.TripRepository;
import org.visitplanner.model.Event;
import org.visitplanner.model.EventKind;
import org.visitplanner.model.EventStatus;
import org.visitplanner.model.Institution;
import org.visitplanner.model.Member;
import org.visitplanner.model.Trip;

/** The week at a glance: one column per trip day with its events in time order, and who travels. */
public final class WeekOverviewViewModel {

    /** One event as a line of a day column. */
    public record EventLine(long eventId, String time, String title, String place, EventKind kind, boolean cancelled) {
    }

    /** One day of the trip. */
    public record DayColumn(LocalDate day, String header, List<EventLine> events) {
    }

    /** One member of the delegation. */
    public record MemberLine(String name, String role, String title) {
    }

    private record Loaded(Trip trip, List<Event> events, Map<Long, Institution> institutions, List<Member> members) {
    }

    private final TaskExecutor tasks;
    private final AppState state;
    private final TripRepository trips;
    private final EventRepository events;
    private final InstitutionRepository institutions;

    private final ObservableList<DayColumn> days = FXCollections.observableArrayList();
    private final ObservableList<MemberLine> members = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper subtitle = new ReadOnlyStringWrapper(this, "subtitle", "");

    public WeekOverviewViewModel(TaskExecutor tasks, AppState state, TripRepository trips, EventRepository events,
                                 InstitutionRepository institutions) {
        this.tasks = tasks;
        this.state = state;
        this.trips = trips;
        this.events = events;
        this.institutions = institutions;
        state.currentTripProperty().addListener((obs, was, trip) -> reload());
        state.dataRevisionProperty().addListener((obs, was, revision) -> reload());
    }

    public ObservableList<DayColumn> days() {
        return days;
    }

    public ObservableList<MemberLine> members() {
        return members;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty subtitleProperty() {
        return subtitle.getReadOnlyProperty();
    }

    public void reload() {
        Trip trip = state.currentTrip();
        if (trip == null) {
            days.clear();
            members.clear();
            title.set(Messages.get("week.noTrip"));
            subtitle.set("");
            return;
        }
        tasks.run(() -> new Loaded(trip, events.findByTrip(trip.id()),
                        institutions.findAll().stream().collect(Collectors.toMap(Institution::id, Function.identity())),
                        trips.members(trip.id())),
                this::show, failure -> state.showStatus(Problems.describe(failure)));
    }

    private void show(Loaded loaded) {
        if (state.currentTrip() == null || state.currentTrip().id() != loaded.trip().id()) {
            return; // the user picked another trip meanwhile
        }
        Trip trip = loaded.trip();
        title.set(trip.name() + (trip.sample() ? "  " + Messages.get("trip.sampleBadge") : ""));
        subtitle.set(Messages.get("week.subtitle", Formats.dayRange(trip.firstDay(), trip.lastDay()),
                trip.venueZone().getId(), loaded.events().size()));
        Map<LocalDate, List<Event>> byDay = loaded.events().stream().collect(Collectors.groupingBy(Event::day));
        List<DayColumn> columns = new ArrayList<>();
        for (LocalDate day : trip.days()) {
            List<EventLine> lines = byDay.getOrDefault(day, List.of()).stream()
                    .map(e -> new EventLine(e.id(), Formats.timeRange(e.start().toLocalTime(), e.end().toLocalTime()),
                            e.title(), place(e, loaded.institutions()), e.kind(), e.status() == EventStatus.CANCELLED))
                    .toList();
            columns.add(new DayColumn(day, Formats.longDay(day), lines));
        }
        days.setAll(columns);
        members.setAll(loaded.members().stream()
                .map(m -> new MemberLine(m.displayName(), Messages.of(m.role()), m.title() == null ? "" : m.title()))
                .toList());
    }

    private static String place(Event event, Map<Long, Institution> institutions) {
        Institution institution = event.institutionId() == null ? null : institutions.get(event.institutionId());
        if (institution != null) {
            return institution.label();
        }
        return event.location() == null ? "" : event.location();
    }
}
