package org.visitplanner.gui.itinerary;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.visitplanner.gui.common.AppState;
import org.visitplanner.gui.common.ChangeLines;
import org.visitplanner.gui.common.DataArea;
import org.visitplanner.gui.common.Problems;
import org.visitplanner.gui.common.TaskExecutor;
import org.visitplanner.gui.common.UndoActions;
import org.visitplanner.gui.team.ClashResolver;
import org.visitplanner.gui.team.LiveSave;
import org.visitplanner.logic.i18n.Formats;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.logic.i18n.ZoneNames;
import org.visitplanner.logic.itinerary.Itinerary;
import org.visitplanner.logic.itinerary.ItineraryEdit;
import org.visitplanner.logic.itinerary.ItineraryProblem;
import org.visitplanner.logic.itinerary.ItineraryProblem.Severity;
import org.visitplanner.logic.itinerary.ItineraryService;
import org.visitplanner.logic.itinerary.TravelEstimator;
import org.visitplanner.logic.text.TextFold;
import org.visitplanner.logic.trip.TimeZones;
import org.visitplanner.model.Contact;
import org.visitplanner.model.Event;
import org.visitplanner.model.EventKind;
import org.visitplanner.model.EventStatus;
import org.visitplanner.model.Institution;
import org.visitplanner.model.Member;
import org.visitplanner.model.TravelLeg;
import org.visitplanner.model.TravelMode;
import org.visitplanner.model.TravelOverride;
import org.visitplanner.model.Trip;

/**
 * The itinerary page: the current trip's events, legs and problems as the week, day and agenda views show them;
 * the selection; and every edit (dialog, drag, delete, duplicate, travel time), each an undoable command saved at once
 * in the background. The checks run again after every change.
 */
public final class ItineraryViewModel {

    /** Which view shows the itinerary. */
    public enum Mode {
        WEEK, DAY, AGENDA
    }

    /** A line of the problems panel: a day heading, or one problem. */
    public record ProblemRow(LocalDate day, String text, Severity severity, List<Long> eventIds) {
        public boolean heading() {
            return severity == null;
        }
    }

    /** A member the schedule can be narrowed to. */
    public record MemberChoice(long memberId, String name) {
        @Override
        public String toString() {
            return name;
        }
    }

    private final TaskExecutor tasks;
    private final AppState state;
    private final ItineraryService service;
    private final UndoActions undo;
    private ClashResolver clashes = ClashResolver.KEEP_EDITING;

    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(this, "mode", Mode.WEEK);
    private final ObjectProperty<LocalDate> shownDay = new SimpleObjectProperty<>(this, "shownDay");
    /** The members whose events are shown, together; none chosen shows the whole delegation. */
    private final ObservableList<MemberChoice> chosenMembers = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper memberFilterText = new ReadOnlyStringWrapper(this, "memberFilterText",
            Messages.get("itinerary.filter.everyone"));
    private final BooleanProperty homeAxis = new SimpleBooleanProperty(this, "homeAxis");
    private final ObjectProperty<Long> selectedEventId = new SimpleObjectProperty<>(this, "selectedEventId");
    private final ObservableList<LocalDate> days = FXCollections.observableArrayList();
    private final ObservableList<ScheduleEntry> entries = FXCollections.observableArrayList();
    private final ObservableList<ScheduleLeg> legs = FXCollections.observableArrayList();
    private final ObservableList<ProblemRow> problems = FXCollections.observableArrayList();
    private final ObservableList<MemberChoice> memberChoices = FXCollections.observableArrayList();
    private final IntegerProperty firstHour = new SimpleIntegerProperty(this, "firstHour", 7);
    private final IntegerProperty lastHour = new SimpleIntegerProperty(this, "lastHour", 22);
    private final ObjectProperty<Integer> homeOffsetMinutes = new SimpleObjectProperty<>(this, "homeOffsetMinutes");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper subtitle = new ReadOnlyStringWrapper(this, "subtitle", "");
    private final ReadOnlyStringWrapper problemSummary = new ReadOnlyStringWrapper(this, "problemSummary", "");
    private final ReadOnlyStringWrapper venueAxisLabel = new ReadOnlyStringWrapper(this, "venueAxisLabel", "");
    private final ReadOnlyStringWrapper homeAxisLabel = new ReadOnlyStringWrapper(this, "homeAxisLabel", "");
    private final ReadOnlyStringWrapper homeTime = new ReadOnlyStringWrapper(this, "homeTime", "");
    private final ReadOnlyStringWrapper dayTitle = new ReadOnlyStringWrapper(this, "dayTitle", "");
    private final ReadOnlyBooleanWrapper loaded =
            new ReadOnlyBooleanWrapper(this, "loaded");
    private Itinerary itinerary;
    /**
     * The itineraries of the trips shown lately, with the language their problems are written in: choosing one of
     * these trips again shows it at once, while it is read again in the background in case it changed.
     */
    private final Map<Long, Shown> recent = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Shown> eldest) {
            return size() > RECENT_TRIPS;
        }
    };
    private static final int RECENT_TRIPS = 4;

    private record Shown(Itinerary itinerary, Locale language) {
    }

    /** The window's shared state: whether the data may only be read, the notices. */
    public AppState state() {
        return state;
    }

    /** Whether the itinerary is being shown (its own changes of day and filter then do not show it again). */
    private boolean showing;
    /** Whether the itinerary is being read for this page elsewhere ({@link #awaitFirstRead}). */
    private boolean awaitingFirstRead;

    public ItineraryViewModel(TaskExecutor tasks, AppState state, ItineraryService service, UndoActions undo) {
        this.tasks = tasks;
        this.state = state;
        this.service = service;
        this.undo = undo;
        state.currentTripProperty().addListener((obs, was, trip) -> {
            // The trip left is not shown again for these resets: the one chosen replaces it (on a 2,000-event trip
            // showing the old week again took as long as showing the new one).
            boolean wasShowing = showing;
            showing = true;
            try {
                selectedEventId.set(null);
                shownDay.set(null);
                chosenMembers.clear();
            } finally {
                showing = wasShowing;
            }
            if (!awaitingFirstRead) {
                reload();
            }
        });
        state.revisionProperty(DataArea.WEEK).addListener((obs, was, revision) -> reload());
        undo.addUndoRedoListener(edit -> {
            if (edit instanceof ItineraryEdit change && itinerary != null
                    && change.tripId() == itinerary.trip().id()) {
                selectedEventId.set(change.eventId());
            }
        });
        mode.addListener((obs, was, now) -> {
            if (now == Mode.DAY && selectedEventId.get() != null && itinerary != null) {
                itinerary.event(selectedEventId.get()).ifPresent(e -> shownDay.set(itinerary.venueStart(e)
                        .toLocalDate()));
            }
            show();
        });
        shownDay.addListener((obs, was, now) -> showUnlessShowing());
        chosenMembers.addListener((Observable members) -> {
            memberFilterText.set(filterText(chosenMembers));
            showUnlessShowing();
        });
        homeAxis.addListener((obs, was, now) -> showUnlessShowing());
    }

    // ------------------------------------------------------------------ properties

    public ObjectProperty<Mode> modeProperty() {
        return mode;
    }

    /** The day the day view shows. */
    public ObjectProperty<LocalDate> shownDayProperty() {
        return shownDay;
    }

    /** The members whose events are shown, together; empty for the whole delegation. */
    public ObservableList<MemberChoice> chosenMembers() {
        return chosenMembers;
    }

    /** What the member filter says it shows: the whole delegation, one member's name, or how many members. */
    public ReadOnlyStringProperty memberFilterTextProperty() {
        return memberFilterText.getReadOnlyProperty();
    }

    /** The trip's members, in the order the filter lists them. */
    public ObservableList<MemberChoice> memberChoices() {
        return memberChoices;
    }

    /** Whether the second time axis (the home zone) is shown. */
    public BooleanProperty homeAxisProperty() {
        return homeAxis;
    }

    public ObjectProperty<Long> selectedEventIdProperty() {
        return selectedEventId;
    }

    public ObservableList<LocalDate> days() {
        return days;
    }

    public ObservableList<ScheduleEntry> entries() {
        return entries;
    }

    public ObservableList<ScheduleLeg> legs() {
        return legs;
    }

    public ObservableList<ProblemRow> problems() {
        return problems;
    }

    public IntegerProperty firstHourProperty() {
        return firstHour;
    }

    public IntegerProperty lastHourProperty() {
        return lastHour;
    }

    /** Minutes the home zone is ahead of the venue zone, when the home axis is on; else null. */
    public ObjectProperty<Integer> homeOffsetMinutesProperty() {
        return homeOffsetMinutes;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty subtitleProperty() {
        return subtitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemSummaryProperty() {
        return problemSummary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty venueAxisLabelProperty() {
        return venueAxisLabel.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty homeAxisLabelProperty() {
        return homeAxisLabel.getReadOnlyProperty();
    }

    /** Whether the Problems panel is shown (the window remembers it). */
    public BooleanProperty problemsPanelShownProperty() {
        return state.problemsPanelShownProperty();
    }

    /** The home zone's time as a phrase ("Shanghai time", "上海时间"), for the button that shows its axis. */
    public ReadOnlyStringProperty homeTimeProperty() {
        return homeTime.getReadOnlyProperty();
    }

    /** "Monday 8 December" for the day view's navigation bar. */
    public ReadOnlyStringProperty dayTitleProperty() {
        return dayTitle.getReadOnlyProperty();
    }

    /** True once a trip's itinerary is shown. */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** The itinerary shown, if any (read at the last load). */
    public Optional<Itinerary> itinerary() {
        return Optional.ofNullable(itinerary);
    }

    public String dayHeader(LocalDate day) {
        return Formats.longDay(day);
    }

    // ------------------------------------------------------------------ loading and showing

    /** Reads the current trip's itinerary in the background and shows it. */
    public void reload() {
        Trip trip = state.currentTrip();
        if (trip == null) {
            itinerary = null;
            title.set(Messages.get("week.noTrip"));
            subtitle.set("");
            show();
            return;
        }
        Shown known = recent.get(trip.id());
        Itinerary before = known != null && known.language().equals(Messages.locale()) ? known.itinerary() : null;
        if (before != null && (itinerary == null || itinerary.trip().id() != trip.id())) {
            display(before); // the trip read lately, at once; read again below in case it changed since
        }
        tasks.run(() -> {
            Optional<Itinerary> read = service.load(trip.id());
            if (read.isPresent() && read.get().sameContent(before)) {
                return Optional.of(before); // unchanged: shown already, its checks done
            }
            // The checks run here, not on the FX thread when the week is shown: on a 2,000-event trip they take
            // seconds (every pair of events that overlap).
            read.ifPresent(Itinerary::problems);
            return read;
        }, loadedItinerary -> {
            Trip current = state.currentTrip();
            if (current == null || current.id() != trip.id()) {
                return; // the user picked another trip meanwhile
            }
            if (loadedItinerary.isPresent() && loadedItinerary.get() == itinerary) {
                return; // the trip is shown as it is
            }
            loadedItinerary.ifPresent(this::display);
        }, failure -> state.showStatus(Problems.describe(failure)));
    }

    /** Reads the current trip's itinerary unless it is shown already (given by {@link #showFirstRead}) or coming. */
    public void loadUnlessShown() {
        if (!loaded.get() && !awaitingFirstRead) {
            reload();
        }
    }

    /**
     * The current trip and its itinerary are being read elsewhere (at start-up, while the window is built): the page
     * reads nothing itself until {@link #showFirstRead} gives what was read.
     */
    public void awaitFirstRead() {
        awaitingFirstRead = true;
    }

    /**
     * Shows the itinerary read at start-up ({@link #awaitFirstRead}) if it is the current trip's; otherwise (none
     * read, or the current trip is another) the page reads it as usual.
     */
    public void showFirstRead(Optional<Itinerary> read) {
        awaitingFirstRead = false;
        Trip current = state.currentTrip();
        if (read.isPresent() && current != null && current.id() == read.get().trip().id()) {
            display(read.get());
        } else {
            reload();
        }
    }

    private void display(Itinerary loadedItinerary) {
        itinerary = loadedItinerary;
        remember();
        Trip trip = loadedItinerary.trip();
        title.set(trip.name() + (trip.sample() ? "  " + Messages.get("trip.sampleBadge") : ""));
        Set<Long> chosen = chosenIds();
        List<MemberChoice> choices = loadedItinerary.members().stream()
                .map(m -> new MemberChoice(m.id(), m.displayName())).toList();
        showing = true; // the filter's change shows the itinerary once, below
        try {
            memberChoices.setAll(choices);
            chosenMembers.setAll(choices.stream().filter(c -> chosen.contains(c.memberId())).toList());
        } finally {
            showing = false;
        }
        if (selectedEventId.get() != null && loadedItinerary.event(selectedEventId.get()).isEmpty()) {
            selectedEventId.set(null);
        }
        loaded.set(true);
        show();
    }

    /** Keeps the itinerary shown among the trips shown lately. */
    private void remember() {
        recent.put(itinerary.trip().id(), new Shown(itinerary, Messages.locale()));
    }

    /** Shows the itinerary again after a change of day, filter or axis, unless it is being shown already. */
    private void showUnlessShowing() {
        if (!showing) {
            show();
        }
    }

    /** Rebuilds what the views show from the itinerary, the mode, the day and the member filter. */
    private void show() {
        boolean was = showing;
        showing = true; // its own change of the day shown does not show it again
        try {
            showNow();
        } finally {
            showing = was;
        }
    }

    private void showNow() {
        if (itinerary == null) {
            days.clear();
            entries.clear();
            legs.clear();
            problems.clear();
            problemSummary.set("");
            return;
        }
        Trip trip = itinerary.trip();
        Set<Long> members = chosenIds();

        // Days of the trip, and any day an event was put on by mistake (so that it can be seen and moved back).
        TreeSet<LocalDate> allDays = new TreeSet<>(trip.days());
        itinerary.events().forEach(e -> allDays.add(itinerary.venueStart(e).toLocalDate()));
        if (shownDay.get() == null || !allDays.contains(shownDay.get())) {
            shownDay.set(allDays.first());
        }
        dayTitle.set(Formats.longDay(shownDay.get()));
        days.setAll(mode.get() == Mode.DAY ? List.of(shownDay.get()) : List.copyOf(allDays));

        int first = 7;
        int last = 22;
        for (Event e : itinerary.events()) {
            LocalDateTime start = itinerary.venueStart(e);
            LocalDateTime end = itinerary.venueEnd(e);
            first = Math.min(first, start.getHour());
            last = Math.max(last, end.toLocalDate().isAfter(start.toLocalDate()) ? 24
                    : end.getHour() + (end.getMinute() > 0 ? 1 : 0));
        }
        firstHour.set(first);
        lastHour.set(last);

        venueAxisLabel.set(TimeZones.venueCity(trip, Messages.locale()));
        homeAxisLabel.set(TimeZones.homeCity(trip, Messages.locale())); // as the documents print it
        homeTime.set(capitalized(ZoneNames.timeOfCity(Messages.locale(), TimeZones.homeCity(trip, Messages.locale()))));
        homeOffsetMinutes.set(homeAxis.get() ? offsetMinutes(trip) : null);

        Built built = builtOfTrip.get(trip.id());
        if (built == null || built.itinerary() != itinerary || !built.members().equals(members)
                || !built.language().equals(Messages.locale())) {
            built = build(members);
            builtOfTrip.put(trip.id(), built);
        }
        entries.setAll(built.entries());
        showSubtitle(trip, built.entries().size());
        legs.setAll(built.legs());
        problems.setAll(built.problemRows());
        problemSummary.set(built.problemSummary());
    }

    /**
     * What the views show of the itinerary for a choice of members (the week's entries, the journeys, the problems
     * panel), made once: a trip chosen again, another view or day, the home axis show it again as it is (on a
     * 2,000-event trip making it took a large part of the time to show the week).
     */
    private record Built(Itinerary itinerary, Set<Long> members, Locale language, List<ScheduleEntry> entries,
                         List<ScheduleLeg> legs, List<ProblemRow> problemRows, String problemSummary) {
    }

    private final Map<Long, Built> builtOfTrip = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Built> eldest) {
            return size() > RECENT_TRIPS;
        }
    };

    private Built build(Set<Long> members) {
        List<ItineraryProblem> allProblems = itinerary.problems();
        Set<String> ambiguous = ambiguousTitles(itinerary.events());
        // Each event's problems and each journey's, found once: searching all the problems for each event took
        // most of the time a 2,000-event week took to show (millions of comparisons on the FX thread).
        Map<Long, List<ItineraryProblem>> problemsOfEvent = new HashMap<>();
        Map<List<Long>, Severity> travelProblems = new HashMap<>();
        for (ItineraryProblem p : allProblems) {
            for (Long id : new LinkedHashSet<>(p.eventIds())) {
                problemsOfEvent.computeIfAbsent(id, k -> new ArrayList<>()).add(p);
            }
            if (p.kind() == ItineraryProblem.Kind.TRAVEL) {
                travelProblems.putIfAbsent(p.eventIds(), p.severity());
            }
        }
        List<ScheduleEntry> shownEntries = new ArrayList<>();
        for (Event e : itinerary.events()) {
            if (members.isEmpty() || anyOf(e.participantIds(), members)) {
                shownEntries.add(entry(e, problemsOfEvent.getOrDefault(e.id(), List.of()), ambiguous));
            }
        }
        List<ScheduleLeg> shownLegs = itinerary.legs().stream()
                .filter(l -> members.isEmpty() || anyOf(l.memberIds(), members))
                .map(l -> leg(l, travelProblems)).toList();
        List<ProblemRow> rows = new ArrayList<>();
        String summary = problemRows(allProblems, members, rows);
        return new Built(itinerary, Set.copyOf(members), Messages.locale(), List.copyOf(shownEntries), shownLegs,
                List.copyOf(rows), summary);
    }

    private Set<Long> chosenIds() {
        return chosenMembers.stream().map(MemberChoice::memberId).collect(Collectors.toSet());
    }

    private static boolean anyOf(Collection<Long> ids, Set<Long> members) {
        return ids.stream().anyMatch(members::contains);
    }

    /** The filter's caption: the whole delegation, the one member chosen, or how many are. */
    static String filterText(List<MemberChoice> chosen) {
        return switch (chosen.size()) {
            case 0 -> Messages.get("itinerary.filter.everyone");
            case 1 -> chosen.get(0).name();
            default -> Messages.get("itinerary.filter.several", chosen.size());
        };
    }

    /** The problems panel's rows for the members chosen, added to {@code rows}; returns its summary line. */
    private String problemRows(List<ItineraryProblem> allProblems, Set<Long> members, List<ProblemRow> rows) {
        LocalDate day = null;
        int errors = 0;
        int warnings = 0;
        int notes = 0;
        for (ItineraryProblem p : allProblems) {
            if (!members.isEmpty() && !p.memberIds().isEmpty() && !anyOf(p.memberIds(), members)) {
                continue;
            }
            if (!members.isEmpty() && p.memberIds().isEmpty() && p.eventIds().stream().map(itinerary::event)
                    .flatMap(Optional::stream).noneMatch(e -> anyOf(e.participantIds(), members))) {
                continue;
            }
            if (!p.day().equals(day)) {
                day = p.day();
                rows.add(new ProblemRow(day, Formats.longDay(day), null, List.of()));
            }
            rows.add(new ProblemRow(p.day(), p.message(), p.severity(), p.eventIds()));
            switch (p.severity()) {
                case ERROR -> errors++;
                case WARNING -> warnings++;
                case INFO -> notes++;
            }
        }
        return rows.isEmpty() ? Messages.get("itinerary.problems.none")
                : Messages.get("itinerary.problems.summary", errors, warnings, notes);
    }

    /**
     * "8–12 December 2025 · Paris time · 18 events", and with members chosen, how many of them are theirs (an event
     * counts once however many of them are there).
     */
    private void showSubtitle(Trip trip, int shown) {
        String days = Formats.dayRange(trip.firstDay(), trip.lastDay());
        String time = ZoneNames.timeOf(trip.venueZone());
        int all = itinerary.events().size();
        subtitle.set(chosenMembers.isEmpty() ? Messages.get("week.subtitle.all", days, time, all)
                : Messages.get("week.subtitle.member", days, time, shown, all, chosenMembers.stream()
                        .map(MemberChoice::name).collect(Collectors.joining(Messages.get("itinerary.filter.and")))));
    }

    /**
     * Titles that do not tell events apart: used by more than one event of the trip ("Strategic partnership
     * review" four times), or generic ones ("Meeting", "Lunch", "First contact", in any language), folded.
     */
    static Set<String> ambiguousTitles(List<Event> events) {
        Map<String, Long> uses = events.stream().collect(Collectors.groupingBy(e -> TextFold.fold(e.title().strip()),
                Collectors.counting()));
        Set<String> ambiguous = new HashSet<>();
        uses.forEach((title, count) -> {
            if (count > 1) {
                ambiguous.add(title);
            }
        });
        for (Locale language : Messages.LANGUAGES) {
            for (String generic : Messages.get(language, "itinerary.genericTitles").split("\\|")) {
                ambiguous.add(TextFold.fold(generic.strip()));
            }
            for (EventKind kind : EventKind.values()) {
                ambiguous.add(TextFold.fold(Messages.of(language, kind)));
            }
        }
        return ambiguous;
    }

    /** The event as the week shows it; {@code own}: its problems, in the order the checks gave them. */
    private ScheduleEntry entry(Event e, List<ItineraryProblem> own, Set<String> ambiguous) {
        LocalDateTime start = itinerary.venueStart(e);
        LocalDateTime end = itinerary.venueEnd(e);
        LocalTime endTime = end.toLocalDate().isAfter(start.toLocalDate()) ? LocalTime.of(23, 59) : end.toLocalTime();
        Severity worst = own.stream().map(ItineraryProblem::severity).min(Comparator.naturalOrder()).orElse(null);
        String badgeText = own.stream().map(ItineraryProblem::message).collect(Collectors.joining("\n"));
        List<Member> who = e.participantIds().stream().map(itinerary::member).flatMap(Optional::stream).toList();
        String initials = who.size() == itinerary.members().size() && !who.isEmpty()
                ? Messages.get("itinerary.everyone", who.size())
                : who.stream().map(Member::initials).collect(Collectors.joining(" "));
        String kind = Messages.of(e.kind());
        String place = itinerary.placeName(e);
        Optional<String> institution = itinerary.institutionOf(e).map(Institution::label);
        String title = institution.filter(name -> ambiguous.contains(TextFold.fold(e.title().strip()))
                        && !TextFold.contains(e.title(), name))
                .map(name -> Messages.get("itinerary.titleAt", e.title().strip(), name)).orElse(e.title());
        return new ScheduleEntry(e.id(), start.toLocalDate(), start.toLocalTime(), endTime,
                Formats.timeRange(start.toLocalTime(), end.toLocalTime()), title, institution.orElse(e.title()),
                e.title(), place.isEmpty() ? kind : kind + " · " + place, initials, e.kind(),
                e.status() == EventStatus.CANCELLED, worst, badgeText, details(e, who));
    }

    private List<String> details(Event e, List<Member> who) {
        List<String> lines = new ArrayList<>();
        Optional<Institution> institution = itinerary.institutionOf(e);
        String address = e.location() != null && !e.location().isBlank() ? e.location().strip()
                : institution.map(Institution::fullAddress).orElse("");
        if (!address.isEmpty() && !address.equals(itinerary.placeName(e))) {
            lines.add(Messages.get("itinerary.detail.address", address));
        }
        List<String> hosts = e.hostIds().stream().map(itinerary::contact).flatMap(Optional::stream)
                .map(ItineraryViewModel::host).toList();
        if (!hosts.isEmpty()) {
            lines.add(Messages.get("itinerary.detail.hosts", String.join(", ", hosts)));
        }
        if (!who.isEmpty()) {
            lines.add(Messages.get("itinerary.detail.participants",
                    who.stream().map(Member::displayName).collect(Collectors.joining(", "))));
        }
        if (e.status() != EventStatus.PLANNED) {
            lines.add(Messages.of(e.status()));
        }
        if (e.notes() != null && !e.notes().isBlank()) {
            lines.add(e.notes().strip());
        }
        return lines;
    }

    private static String host(Contact contact) {
        return contact.displayName() + (contact.title() == null || contact.title().isBlank() ? ""
                : " (" + contact.title().strip() + ")");
    }

    /** The journey as the week shows it; {@code travelProblems}: the first travel problem's severity by its events. */
    private ScheduleLeg leg(TravelLeg leg, Map<List<Long>, Severity> travelProblems) {
        Event from = itinerary.event(leg.fromEventId()).orElseThrow();
        Event to = itinerary.event(leg.toEventId()).orElseThrow();
        Severity severity = travelProblems.get(List.of(from.id(), to.id()));
        String route = itinerary.placeName(from) + " → " + itinerary.placeName(to);
        String people = leg.memberIds().size() == itinerary.members().size() ? ""
                : " · " + leg.memberIds().stream().map(itinerary::member).flatMap(Optional::stream)
                .map(Member::initials).collect(Collectors.joining(" "));
        String shortText;
        String detail;
        if (!leg.known()) {
            shortText = Messages.get("itinerary.leg.unknown");
            detail = Messages.get("itinerary.leg.unknownDetail", route) + people;
        } else {
            int minutes = leg.minutes().getAsInt();
            shortText = Messages.get("itinerary.leg.short." + leg.mode().name(), minutes);
            String distance = leg.kilometres() == null ? ""
                    : " · " + Messages.get("itinerary.leg.distance", leg.kilometres());
            detail = Messages.get(leg.overridden() ? "itinerary.leg.detailOwn" : "itinerary.leg.detail",
                    Messages.of(leg.mode()), minutes, route) + distance + people;
        }
        return new ScheduleLeg(from.id(), to.id(), leg.departure().toLocalDate(), leg.departure().toLocalTime(),
                leg.arrival().toLocalTime(), shortText, detail, !leg.known(), severity);
    }

    /** A phrase made a button's label: "heure de Shanghai" → "Heure de Shanghai". */
    private static String capitalized(String phrase) {
        return phrase.isEmpty() ? phrase
                : phrase.substring(0, 1).toUpperCase(Messages.locale()) + phrase.substring(1);
    }

    /** How far the home zone is ahead of the venue zone during the trip (at noon on its first day). */
    private static int offsetMinutes(Trip trip) {
        var noon = trip.firstDay().atTime(12, 0).atZone(trip.venueZone()).toInstant();
        return (trip.homeZone().getRules().getOffset(noon).getTotalSeconds()
                - trip.venueZone().getRules().getOffset(noon).getTotalSeconds()) / 60;
    }

    // ------------------------------------------------------------------ navigation

    /** The day view goes one day back or forward within the trip's days. */
    public void stepDay(int step) {
        if (shownDay.get() == null || itinerary == null) {
            return;
        }
        LocalDate next = shownDay.get().plusDays(step);
        TreeSet<LocalDate> allDays = new TreeSet<>(itinerary.trip().days());
        itinerary.events().forEach(e -> allDays.add(itinerary.venueStart(e).toLocalDate()));
        if (next.isBefore(allDays.first()) || next.isAfter(allDays.last())) {
            return;
        }
        shownDay.set(next);
    }

    /** Selects the first event a problem is about and, in the day view, shows its day. */
    public void selectProblem(ProblemRow row) {
        if (row == null || row.eventIds().isEmpty()) {
            return;
        }
        if (mode.get() == Mode.DAY) {
            shownDay.set(row.day());
        }
        selectedEventId.set(row.eventIds().get(0));
    }

    // ------------------------------------------------------------------ editing

    /** The dialog for a new event on {@code day} at {@code start}; empty when no trip is shown. */
    public Optional<EventDialogViewModel> newEventDialog(LocalDate day, LocalTime start) {
        return Optional.ofNullable(itinerary).map(i -> EventDialogViewModel.forNew(i, day, start));
    }

    /** The dialog for a new event: on the day in view (or the selected event's), after its last event. */
    public Optional<EventDialogViewModel> newEventDialog() {
        if (itinerary == null) {
            return Optional.empty();
        }
        LocalDate day = mode.get() == Mode.DAY ? shownDay.get()
                : selected().map(e -> itinerary.venueStart(e).toLocalDate()).orElse(itinerary.trip().firstDay());
        LocalTime start = itinerary.eventsOn(day).stream().map(itinerary::venueEnd)
                .map(LocalDateTime::toLocalTime).max(Comparator.naturalOrder())
                .filter(t -> t.isBefore(LocalTime.of(22, 0))).orElse(LocalTime.of(9, 0));
        return newEventDialog(day, start);
    }

    public Optional<EventDialogViewModel> editDialog(long eventId) {
        return Optional.ofNullable(itinerary).flatMap(i -> i.event(eventId))
                .map(e -> EventDialogViewModel.forEvent(itinerary, e));
    }

    public Optional<Event> selected() {
        return Optional.ofNullable(itinerary).flatMap(i -> Optional.ofNullable(selectedEventId.get())
                .flatMap(i::event));
    }

    /** Fills the dialog's list of who changed the event and its meeting record, and when (read on the data thread). */
    public void loadChanges(EventDialogViewModel dialog) {
        if (dialog.isNew()) {
            return;
        }
        long eventId = dialog.original().id();
        tasks.run(() -> service.changesOf(eventId),
                changes -> dialog.changes().setAll(changes.stream().map(ChangeLines::line).toList()),
                failure -> state.showStatus(Problems.describe(failure)));
    }

    /** Tells the view-model how to ask the user about fields someone else changed too (the window's dialog). */
    public void setClashResolver(ClashResolver clashes) {
        this.clashes = clashes;
    }

    /**
     * Saves what the dialog holds (it has been validated): a new event or a change, one undoable edit. A change that
     * meets someone else's change of the event is merged field by field, the fields both changed asked about.
     */
    public void save(EventDialogViewModel dialog, Event result) {
        if (dialog.isNew()) {
            perform(service.addEvent(result));
            return;
        }
        saveChange(dialog.original(), result, Messages.get("itinerary.saved"));
    }

    private void saveChange(Event before, Event after, String doneMessage) {
        new LiveSave<Event>(tasks, () -> clashes, "event", Event::title, this::eventTexts,
                typed -> service.event(typed.id()),
                (was, changed, saved, failed) -> {
                    showAtOnce(changed);
                    undo.perform(service.changeEvent(was, changed, ItineraryEdit.Change.EDIT),
                            done -> saved.accept(changed), failed);
                },
                (was, changed, theirs, values) -> eventOf(theirs, changed, values),
                (typed, created, failed) -> {
                    // A new record: a calendar that had the deleted event must not take this one for it.
                    Event fresh = new Event(0, typed.tripId(), EventDialogViewModel.newUid(), typed.kind(),
                            typed.title(), typed.start(), typed.end(), typed.zone(), typed.institutionId(),
                            typed.location(), typed.status(), typed.notes(), typed.participantIds(), typed.hostIds(),
                            0);
                    undo.perform(service.addEvent(fresh), done -> created.accept(fresh.withId(done.eventId())),
                            failed);
                })
                .save(before, after, new LiveSave.Result<>() {
                    @Override
                    public void saved(Event stored, boolean merged) {
                        selectedEventId.set(stored.id());
                        state.showStatus(merged ? Messages.get("live.merged", stored.title()) : doneMessage);
                    }

                    @Override
                    public void notSaved(Event theirs) {
                        state.showStatus(Messages.get("live.notSaved", theirs.title()));
                        state.dataChanged();
                    }

                    @Override
                    public void deleted(Event typed, Event created) {
                        if (created != null) {
                            selectedEventId.set(created.id());
                        }
                        state.showStatus(Messages.get(created != null ? "live.gone.created" : "live.gone.copied",
                                typed.title()));
                        state.dataChanged();
                    }

                    @Override
                    public void failed(Throwable failure) {
                        state.showStatus(Problems.describe(failure));
                        state.dataChanged();
                    }
                });
    }

    /** An event's fields as the user reads them (by column, as in {@code bundle.field.*}), for a merge. */
    private Map<String, String> eventTexts(Event e) {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("title", e.title());
        texts.put("kind", Messages.of(e.kind()));
        texts.put("starts_at", Formats.dateTime(e.zonedStart()));
        texts.put("ends_at", Formats.dateTime(e.zonedEnd()));
        texts.put("zone", e.zone().getId());
        texts.put("institution_id", itinerary == null ? String.valueOf(e.institutionId())
                : itinerary.institution(e.institutionId()).map(Institution::label).orElse(""));
        texts.put("location", e.location());
        texts.put("status", Messages.of(e.status()));
        texts.put("notes", e.notes());
        texts.put("participants", e.participantIds().stream().sorted().map(id -> itinerary == null ? "#" + id
                : itinerary.member(id).map(Member::displayName).orElse("#" + id)).collect(Collectors.joining(", ")));
        texts.put("hosts", e.hostIds().stream().sorted().map(id -> itinerary == null ? "#" + id
                : itinerary.contact(id).map(Contact::displayName).orElse("#" + id)).collect(Collectors.joining(", ")));
        return texts;
    }

    /**
     * The event the merged texts describe, over theirs: each field is theirs or mine, whichever its text is; the
     * title, place and notes may also be a text the user combined. A time pair that would end before it starts keeps
     * theirs.
     */
    private Event eventOf(Event theirs, Event mine, Map<String, String> values) {
        Map<String, String> their = eventTexts(theirs);
        Map<String, String> my = eventTexts(mine);
        Predicate<String> isMine = field -> !Objects.equals(values.get(field),
                text(their.get(field))) && Objects.equals(values.get(field), text(my.get(field)));
        LocalDateTime start = isMine.test("starts_at") ? mine.start() : theirs.start();
        LocalDateTime end = isMine.test("ends_at") ? mine.end() : theirs.end();
        if (!end.isAfter(start)) {
            start = theirs.start();
            end = theirs.end();
        }
        return new Event(theirs.id(), theirs.tripId(), theirs.uid(), isMine.test("kind") ? mine.kind() : theirs.kind(),
                blankOr(values.get("title"), theirs.title()), start, end,
                isMine.test("zone") ? mine.zone() : theirs.zone(),
                isMine.test("institution_id") ? mine.institutionId() : theirs.institutionId(),
                blankToNull(values.get("location")), isMine.test("status") ? mine.status() : theirs.status(),
                blankToNull(values.get("notes")),
                isMine.test("participants") ? mine.participantIds() : theirs.participantIds(),
                isMine.test("hosts") ? mine.hostIds() : theirs.hostIds(), theirs.version());
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String blankOr(String value, String otherwise) {
        return value == null || value.isBlank() ? otherwise : value.strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A drag in the week or day view: a new day and time, or a new length. */
    public void change(ScheduleView.Change change) {
        Optional<Event> found = itinerary().flatMap(i -> i.event(change.eventId()));
        if (found.isEmpty()) {
            return;
        }
        Event before = found.get();
        // Keep the event's own zone: the drag happened on the trip's venue clock.
        LocalDateTime start = LocalDateTime.of(change.day(), change.start()).atZone(itinerary.trip().venueZone())
                .withZoneSameInstant(before.zone()).toLocalDateTime();
        LocalDateTime end = LocalDateTime.of(change.day(), change.end()).atZone(itinerary.trip().venueZone())
                .withZoneSameInstant(before.zone()).toLocalDateTime();
        Event after = new Event(before.id(), before.tripId(), before.uid(), before.kind(), before.title(), start, end,
                before.zone(), before.institutionId(), before.location(), before.status(), before.notes(),
                before.participantIds(), before.hostIds(), before.version());
        showAtOnce(after);
        perform(service.changeEvent(before, after,
                change.resize() ? ItineraryEdit.Change.RESIZE : ItineraryEdit.Change.MOVE));
    }

    /** Asks the user to confirm something; the view answers with a dialog. */
    @FunctionalInterface
    public interface Confirmation {
        boolean confirm(String question, String details);
    }

    /**
     * Deletes an event (undoable, with everything that belongs to it). An event with a meeting record is deleted
     * only once the user confirms, told what goes with it (the notes, outcomes, actions, attendees and files).
     */
    public void delete(long eventId, Confirmation confirmation) {
        itinerary().flatMap(i -> i.event(eventId)).ifPresent(event -> tasks.run(() -> service.recordOf(eventId),
                record -> {
                    if (record.isPresent() && !confirmation.confirm(
                            Messages.get("itinerary.deleteEvent.question", event.title()),
                            record.get().describe() + "\n" + Messages.get("itinerary.deleteEvent.undoHint"))) {
                        return;
                    }
                    ItineraryEdit edit = service.deleteEvent(event);
                    if (itinerary != null) {
                        itinerary = itinerary.withEvents(itinerary.events().stream().filter(e -> e.id() != eventId)
                                .toList());
                        remember();
                    }
                    selectedEventId.set(null);
                    show();
                    perform(edit, Messages.get("itinerary.deleted", event.title()));
                }, failure -> state.showStatus(Problems.describe(failure))));
    }

    /** A copy of an event right after it on the same day (or at the same time when it would not fit). */
    public void duplicate(long eventId) {
        itinerary().flatMap(i -> i.event(eventId)).ifPresent(event -> {
            Duration length = Duration.between(event.start(), event.end());
            LocalDateTime start = event.end();
            if (!start.plus(length).toLocalDate().equals(event.start().toLocalDate())) {
                start = event.start();
            }
            Event copy = new Event(0, event.tripId(), EventDialogViewModel.newUid(), event.kind(), event.title(),
                    start, start.plus(length), event.zone(), event.institutionId(), event.location(), event.status(),
                    event.notes(), event.participantIds(), event.hostIds(), 0);
            perform(service.addEvent(copy));
        });
    }

    /** The leg dialog's content for a leg shown in a view. */
    public Optional<LegChoice> legChoice(ScheduleLeg leg) {
        return itinerary().flatMap(i -> i.leg(leg.fromEventId(), leg.toEventId())).map(l -> {
            Event from = itinerary.event(l.fromEventId()).orElseThrow();
            Event to = itinerary.event(l.toEventId()).orElseThrow();
            Map<TravelMode, Integer> estimates = new EnumMap<>(TravelMode.class);
            if (l.kilometres() != null) {
                for (TravelMode m : TravelMode.values()) {
                    estimates.put(m, TravelEstimator.minutes(l.kilometres(), m));
                }
            }
            return new LegChoice(l, itinerary.placeName(from) + " → " + itinerary.placeName(to), leg.detailText(),
                    estimates, itinerary.override(l.fromEventId(), l.toEventId()));
        });
    }

    /**
     * What the travel dialog needs.
     *
     * @param estimates minutes by mode, empty when the distance is unknown
     */
    public record LegChoice(TravelLeg leg, String route, String detail, Map<TravelMode, Integer> estimates,
                            Optional<TravelOverride> override) {
    }

    /** The user's own mode and minutes for a leg (undoable). */
    public void setTravel(TravelLeg leg, TravelMode travelMode, int minutes, String notes) {
        if (itinerary == null) {
            return;
        }
        perform(service.setTravel(itinerary, leg.fromEventId(), leg.toEventId(),
                Optional.of(new TravelOverride(0, leg.fromEventId(), leg.toEventId(), travelMode, minutes,
                        notes == null || notes.isBlank() ? null : notes.strip(), 0))));
    }

    /** Back to the estimate for a leg (undoable). */
    public void resetTravel(TravelLeg leg) {
        if (itinerary != null && itinerary.override(leg.fromEventId(), leg.toEventId()).isPresent()) {
            perform(service.setTravel(itinerary, leg.fromEventId(), leg.toEventId(), Optional.empty()));
        }
    }

    /** Shows a changed event at once, checks included, while it is saved in the background. */
    private void showAtOnce(Event changed) {
        if (changed.id() == 0 || itinerary == null) {
            return;
        }
        itinerary = itinerary.withEvents(itinerary.events().stream().map(e -> e.id() == changed.id() ? changed : e)
                .toList());
        remember();
        show();
    }

    private void perform(ItineraryEdit edit) {
        perform(edit, Messages.get("itinerary.saved"));
    }

    private void perform(ItineraryEdit edit, String doneMessage) {
        undo.perform(edit, done -> {
            if (!(done instanceof ItineraryEdit.Removal)) {
                selectedEventId.set(done.eventId());
            }
            state.showStatus(doneMessage);
        });
    }
}
