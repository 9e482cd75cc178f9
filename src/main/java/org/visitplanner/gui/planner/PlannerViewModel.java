package org.visitplanner.gui.planner;

import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.visitplanner.gui.common.AppState;
import org.visitplanner.gui.common.DataArea;
import org.visitplanner.gui.common.FormField;
import org.visitplanner.gui.common.Problems;
import org.visitplanner.gui.common.Scheduler;
import org.visitplanner.gui.common.TaskExecutor;
import org.visitplanner.gui.common.UndoActions;
import org.visitplanner.gui.itinerary.ScheduleEntry;
import org.visitplanner.logic.check.FieldProblem;
import org.visitplanner.logic.check.FieldProblemException;
import org.visitplanner.logic.i18n.Formats;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.logic.itinerary.Itinerary;
import org.visitplanner.logic.planner.PlanEdit;
import org.visitplanner.logic.planner.Planner;
import org.visitplanner.logic.planner.PlannerService;
import org.visitplanner.logic.planner.PlanningProblem;
import org.visitplanner.logic.planner.Proposal;
import org.visitplanner.logic.planner.VisitTexts;
import org.visitplanner.logic.planner.WeekPlan;
import org.visitplanner.logic.text.TextFold;
import org.visitplanner.model.DayLimits;
import org.visitplanner.model.Event;
import org.visitplanner.model.Institution;
import org.visitplanner.model.Member;
import org.visitplanner.model.Trip;
import org.visitplanner.model.VisitToPlace;

/**
 * Plan for me, beside the week: the trip's visits still to place and their edits, the hours of a planned day, and
 * a planning run — solved on its own thread (never where the data is read, never on the window's), its best week so
 * far shown as ghosts over the week, stoppable at once, and its proposal explained: what each preference costs, the
 * travel saved, why a visit has no time. Accept applies it as one step of Edit → Undo; Discard forgets it.
 */
public final class PlannerViewModel {

    /** Where planning stands. */
    public enum Phase {
        /** The list of visits to place. */
        IDLE,
        /** Reading the week to plan. */
        LOADING,
        /** The solver is working; ghosts show its best week so far. */
        SOLVING,
        /** A proposal is shown, to accept or discard. */
        PROPOSED
    }

    /** A visit of the "To place" list, as its line shows it. */
    public record VisitRow(VisitToPlace visit, String title, String line, String conditions) {
    }

    /** What one preference costs in the proposal. */
    public record CostRow(String rule, String detail, int points) {
    }

    /** A visit the proposal leaves without a time, and why. */
    public record UnplacedRow(String title, String reason) {
    }

    /** How long a run may take in the window: Stop ends it sooner, and it ends by itself once settled. */
    public static final Duration LIMIT = Duration.ofSeconds(Planner.DEFAULT_SECONDS);
    private static final Duration TICK = Duration.ofMillis(100);

    private final TaskExecutor tasks;
    private final Executor solving;
    private final Consumer<Runnable> toFx;
    private final Scheduler scheduler;
    private final AppState state;
    private final PlannerService service;
    private final UndoActions undo;

    private final ObservableList<VisitRow> visits = FXCollections.observableArrayList();
    private final ObservableList<ScheduleEntry> ghosts = FXCollections.observableArrayList();
    private final ObservableList<CostRow> costs = FXCollections.observableArrayList();
    private final ObservableList<UnplacedRow> unplaced = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(this, "phase", Phase.IDLE);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper(this, "progressText", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper travelText = new ReadOnlyStringWrapper(this, "travelText", "");
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper(this, "heading", "");
    private final ReadOnlyBooleanWrapper canAccept = new ReadOnlyBooleanWrapper(this, "canAccept");
    private final ReadOnlyBooleanWrapper canPlan = new ReadOnlyBooleanWrapper(this, "canPlan");
    /** The visit just saved from the dialog, once the list holds it: the list shows and selects it. */
    private final ReadOnlyObjectWrapper<VisitRow> justSaved = new ReadOnlyObjectWrapper<>(this, "justSaved");
    private VisitToPlace savedAwaited;
    private final FormField dayStart = new FormField();
    private final FormField dayEnd = new FormField();

    private Itinerary itinerary;
    private List<VisitToPlace> allVisits = List.of();
    private PlanningProblem problem;
    private Planner.Run run;
    private Proposal proposal;
    private Scheduler.Cancellable ticker;
    private long startedNanos;
    private final AtomicReference<Draft> pendingDraft = new AtomicReference<>();

    /** A better week while solving: what it places, and how many of the items it places. */
    private record Draft(Planner.Run run, List<Proposal.Placement> placements, long placed, long total) {
    }

    /**
     * @param tasks   the data thread
     * @param solving where runs solve (a thread of their own in the window)
     * @param toFx    hands a result back to the window's thread
     */
    public PlannerViewModel(TaskExecutor tasks, Executor solving, Consumer<Runnable> toFx, Scheduler scheduler,
                            AppState state, PlannerService service, UndoActions undo) {
        this.tasks = tasks;
        this.solving = solving;
        this.toFx = toFx;
        this.scheduler = scheduler;
        this.state = state;
        this.service = service;
        this.undo = undo;
        state.currentTripProperty().addListener((obs, was, trip) -> {
            discard();
            reload();
        });
        state.revisionProperty(DataArea.PLANNER).addListener((obs, was, revision) -> reload());
        phase.addListener((obs, was, now) -> updateCanPlan());
    }

    // ------------------------------------------------------------------ what the view shows

    /** The visits still to place, in the order listed. */
    public ObservableList<VisitRow> visits() {
        return visits;
    }

    /** The best week so far, or the proposal, drawn over the week. */
    public ObservableList<ScheduleEntry> ghosts() {
        return ghosts;
    }

    public ObservableList<CostRow> costs() {
        return costs;
    }

    public ObservableList<UnplacedRow> unplaced() {
        return unplaced;
    }

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    /** How far the run is, 0 to 1 (its time limit). */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    /** "14 of 15 visits placed; every rule holds." */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** "Travel: 2 h 15 (35 min less than now)." */
    public ReadOnlyStringProperty travelTextProperty() {
        return travelText.getReadOnlyProperty();
    }

    /** The window's shared state: whether the data may only be read, the notices. */
    public AppState state() {
        return state;
    }

    /** "To place (5)". */
    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canAcceptProperty() {
        return canAccept.getReadOnlyProperty();
    }

    /** A trip is shown and nothing is being planned. */
    public ReadOnlyBooleanProperty canPlanProperty() {
        return canPlan.getReadOnlyProperty();
    }

    /** The hours a planned day spans, as typed. */
    public FormField dayStart() {
        return dayStart;
    }

    public FormField dayEnd() {
        return dayEnd;
    }

    /** Whether the week should be shown even without events: there is something to place or a plan over it. */
    public boolean hasWork() {
        return !visits.isEmpty() || !ghosts.isEmpty() || phase.get() != Phase.IDLE;
    }

    // ------------------------------------------------------------------ loading

    /** Reads the current trip's visits, its itinerary and its day limits in the background. */
    public void reload() {
        Trip trip = state.currentTrip();
        if (trip == null) {
            itinerary = null;
            allVisits = List.of();
            visits.clear();
            heading.set(Messages.get("planner.heading", 0));
            updateCanPlan();
            return;
        }
        record Loaded(Itinerary itinerary, List<VisitToPlace> visits, DayLimits limits) {
        }
        tasks.run(() -> new Loaded(service.itinerary(trip.id()).orElse(null), service.visits(trip.id()),
                service.dayLimits(trip.id())), loaded -> {
            Trip current = state.currentTrip();
            if (current == null || current.id() != trip.id() || loaded.itinerary() == null) {
                return;
            }
            itinerary = loaded.itinerary();
            allVisits = loaded.visits();
            visits.setAll(loaded.visits().stream().filter(VisitToPlace::toPlace).map(this::row).toList());
            heading.set(Messages.get("planner.heading", visits.size()));
            showSaved();
            dayStart.load(Formats.time(loaded.limits().start()));
            dayEnd.load(Formats.time(loaded.limits().end()));
            dayStart.problemProperty().set(null);
            dayEnd.problemProperty().set(null);
            updateCanPlan();
        }, failure -> state.showStatus(Problems.describe(failure)));
    }

    private void updateCanPlan() {
        canPlan.set(itinerary != null && (phase.get() == Phase.IDLE || phase.get() == Phase.PROPOSED));
    }

    private VisitRow row(VisitToPlace visit) {
        String place = itinerary.institution(visit.institutionId()).map(Institution::label)
                .orElse(visit.location() == null ? "" : visit.location());
        String line = (place.isEmpty() ? "" : place + " · ") + duration(visit.minutes()) + " · "
                + people(visit.memberIds());
        List<String> conditions = new ArrayList<>();
        if (!visit.days().any()) {
            conditions.add(VisitTexts.days(visit.days()));
        }
        if (visit.earliest() != null && visit.latest() != null) {
            conditions.add(Messages.get("planner.row.between", VisitTexts.time(visit.earliest()),
                    VisitTexts.time(visit.latest())));
        } else if (visit.earliest() != null) {
            conditions.add(Messages.get("planner.row.from", VisitTexts.time(visit.earliest())));
        } else if (visit.latest() != null) {
            conditions.add(Messages.get("planner.row.until", VisitTexts.time(visit.latest())));
        }
        if (visit.preferredFrom() != null) {
            conditions.add(Messages.get("planner.row.preferred", Formats.timeRange(visit.preferredFrom(),
                    visit.preferredTo())));
        }
        if (visit.afterId() != null) {
            allVisits.stream().filter(v -> v.id() == visit.afterId()).findFirst()
                    .ifPresent(v -> conditions.add(Messages.get("planner.row.after", v.title())));
        }
        return new VisitRow(visit, visit.title(), line, String.join(" · ", conditions));
    }

    private String people(List<Long> memberIds) {
        if (memberIds.isEmpty() || memberIds.containsAll(itinerary.members().stream().map(Member::id).toList())) {
            return Messages.get("itinerary.everyone", itinerary.members().size());
        }
        return memberIds.stream().map(itinerary::member).flatMap(Optional::stream).map(Member::initials)
                .collect(Collectors.joining(" "));
    }

    private static String duration(int minutes) {
        return minutes < 60 ? Messages.get("planner.minutes", minutes) : minutes % 60 == 0
                ? Messages.get("planner.hours", minutes / 60)
                : Messages.get("planner.hoursMinutes", minutes / 60, String.format("%02d", minutes % 60));
    }

    // ------------------------------------------------------------------ planning

    /** Plan for me: times for the visits to place; every event stays where it is. */
    public void planForMe() {
        start(PlanningProblem.Mode.PLACE_VISITS);
    }

    /** Re-plan the rest: also moves the events that are not pinned (past ones and those with a record are). */
    public void replanTheRest() {
        start(PlanningProblem.Mode.REPLAN_THE_REST);
    }

    private void start(PlanningProblem.Mode mode) {
        Trip trip = state.currentTrip();
        if (trip == null || !canPlan.get()) {
            return;
        }
        clearProposal();
        phase.set(Phase.LOADING);
        progress.set(0);
        progressText.set(Messages.get("planner.progress.reading"));
        tasks.run(() -> service.problem(trip.id(), mode).orElseThrow(), loaded -> {
            if (phase.get() != Phase.LOADING || state.currentTrip() == null || state.currentTrip().id() != trip.id()) {
                return; // discarded, or another trip meanwhile
            }
            solve(loaded);
        }, failure -> {
            phase.set(Phase.IDLE);
            state.showStatus(Problems.describe(failure));
        });
    }

    private void solve(PlanningProblem loaded) {
        problem = loaded;
        Planner.Run thisRun = new Planner(Planner.DEFAULT_SEED).run(loaded, LIMIT);
        run = thisRun;
        phase.set(Phase.SOLVING);
        startedNanos = System.nanoTime();
        progressText.set(Messages.get("planner.progress.starting"));
        tick();
        solving.execute(() -> {
            try {
                WeekPlan best = thisRun.solve(week -> {
                    long total = week.items().stream().filter(i -> !i.pinned()).count();
                    long placed = week.items().stream().filter(i -> !i.pinned() && i.placed()).count();
                    // Better weeks may come many times a second: the window shows the latest, once per pulse.
                    if (pendingDraft.getAndSet(new Draft(thisRun, thisRun.draft(week), placed, total)) == null) {
                        toFx.accept(this::showDraft);
                    }
                });
                Proposal result = thisRun.proposal(best);
                toFx.accept(() -> finished(thisRun, result));
            } catch (RuntimeException failure) {
                toFx.accept(() -> failed(thisRun, failure));
            }
        });
    }

    private void tick() {
        if (phase.get() != Phase.SOLVING) {
            return;
        }
        double elapsed = (System.nanoTime() - startedNanos) / 1e9;
        progress.set(Math.min(0.99, elapsed / LIMIT.toSeconds()));
        ticker = scheduler.schedule(TICK, this::tick);
    }

    private void showDraft() {
        Draft draft = pendingDraft.getAndSet(null);
        if (draft == null || draft.run() != run || phase.get() != Phase.SOLVING) {
            return;
        }
        ghosts.setAll(draft.placements().stream().map(this::ghost).toList());
        progressText.set(Messages.get("planner.progress.best", draft.placed(), draft.total()));
    }

    private void finished(Planner.Run thisRun, Proposal result) {
        if (thisRun != run) {
            return; // discarded meanwhile
        }
        stopTicker();
        proposal = result;
        phase.set(Phase.PROPOSED);
        progress.set(1);
        ghosts.setAll(result.placements().stream().map(this::ghost).toList());
        long total = result.placements().size() + result.unplaced().size();
        long newOnes = result.placements().stream().filter(p -> !p.moves()).count();
        long moved = result.placements().size() - newOnes;
        String placed = result.mode() == PlanningProblem.Mode.PLACE_VISITS
                ? Messages.get("planner.result.placed", result.placements().size(), total)
                : Messages.get("planner.result.replanned", newOnes, moved);
        String rules = result.feasible() ? Messages.get("planner.result.rulesHold")
                : Messages.get("planner.result.rulesBroken");
        String stopped = thisRun.stopped() ? Messages.get("planner.result.stopped") : "";
        summary.set(Messages.get("planner.result.summary", placed, rules, stopped).strip());
        // Re-planning is measured against the week as it is; new visits against placing each one in turn at its
        // earliest free time (what doing it by hand would give).
        String comparison;
        if (result.mode() == PlanningProblem.Mode.REPLAN_THE_REST) {
            int saved = result.travelSaved();
            comparison = saved > 0 ? Messages.get("planner.result.travelLess", duration(saved))
                    : saved < 0 ? Messages.get("planner.result.travelMore", duration(-saved))
                    : Messages.get("planner.result.travelSame");
        } else {
            int saved = result.travelSavedAgainstFirstCome().orElse(0);
            comparison = saved > 0 ? Messages.get("planner.result.travelLessThanFirstCome", duration(saved))
                    : Messages.get("planner.result.travelAsFirstCome");
        }
        travelText.set(Messages.get("planner.result.travel", duration(result.travelMinutes()), comparison));
        costs.setAll(result.costs().stream().map(c -> new CostRow(Messages.get("planner.rule." + c.rule().id()),
                c.detail(), c.points())).toList());
        unplaced.setAll(result.unplaced().stream().map(u -> new UnplacedRow(u.place().isEmpty() ? u.title()
                : u.title() + " (" + u.place() + ")", u.reason())).toList());
        canAccept.set(result.feasible() && result.changesSomething());
    }

    private void failed(Planner.Run thisRun, RuntimeException failure) {
        if (thisRun != run) {
            return;
        }
        stopTicker();
        run = null;
        phase.set(Phase.IDLE);
        ghosts.clear();
        state.showStatus(Problems.describe(failure));
    }

    /** Ends the run now: what it found so far becomes the proposal (within a fraction of a second). */
    public void stop() {
        if (phase.get() == Phase.SOLVING && run != null) {
            progressText.set(Messages.get("planner.progress.stopping"));
            run.stop(); // returns at once; the run hands its best week back on its own thread
        } else if (phase.get() == Phase.LOADING) {
            discard();
        }
    }

    /** Applies the proposal as one undoable step; the visits become events of the week. */
    public void accept() {
        if (phase.get() != Phase.PROPOSED || proposal == null || !canAccept.get()) {
            return;
        }
        PlanEdit edit = service.accept(problem, proposal);
        canAccept.set(false);
        undo.perform(edit, done -> {
            state.showStatus(Messages.get("planner.accepted", done.createdCount(), done.movedCount()));
            clearProposal();
            phase.set(Phase.IDLE);
        });
    }

    /** Forgets the proposal (or the run): nothing was changed. */
    public void discard() {
        Planner.Run running = run;
        run = null;
        if (running != null && phase.get() == Phase.SOLVING) {
            running.stop();
        }
        stopTicker();
        clearProposal();
        phase.set(Phase.IDLE);
    }

    private void clearProposal() {
        proposal = null;
        problem = null;
        ghosts.clear();
        costs.clear();
        unplaced.clear();
        summary.set("");
        travelText.set("");
        canAccept.set(false);
    }

    private void stopTicker() {
        if (ticker != null) {
            ticker.cancel();
            ticker = null;
        }
    }

    private ScheduleEntry ghost(Proposal.Placement p) {
        Optional<String> institution = itinerary == null ? Optional.empty()
                : itinerary.institution(p.institutionId()).map(Institution::label);
        String place = institution.orElse(p.place());
        String kind = Messages.of(p.kind());
        List<Member> who = p.memberIds().stream().map(id -> itinerary == null ? Optional.<Member>empty()
                : itinerary.member(id)).flatMap(Optional::stream).toList();
        String initials = itinerary != null && who.size() == itinerary.members().size() && !who.isEmpty()
                ? Messages.get("itinerary.everyone", who.size())
                : who.stream().map(Member::initials).collect(Collectors.joining(" "));
        long id = p.eventId() != null ? p.eventId() : -p.visitId();
        LocalTime end = p.end().toLocalDate().isAfter(p.day()) ? LocalTime.of(23, 59) : p.endTime();
        // A proposal often holds the same title at several schools ("Strategic partnership review"): a ghost says
        // where, as the week does for its events with a shared title.
        String title = institution.filter(name -> !TextFold.contains(p.title(), name))
                .map(name -> Messages.get("itinerary.titleAt", p.title().strip(), name)).orElse(p.title());
        return new ScheduleEntry(id, p.day(), p.startTime(), end, Formats.timeRange(p.startTime(), p.endTime()),
                title, institution.orElse(p.title()), p.title(), place.isEmpty() ? kind : kind + " · " + place,
                initials, p.kind(), false, null, "",
                List.of(Messages.get("planner.ghost.proposed")));
    }

    // ------------------------------------------------------------------ visits and day limits

    /** The dialog for a new visit to place; empty when no trip is shown. */
    public Optional<VisitDialogViewModel> newVisitDialog() {
        return Optional.ofNullable(itinerary).map(i -> VisitDialogViewModel.forNew(i, allVisits));
    }

    public Optional<VisitDialogViewModel> editDialog(VisitRow row) {
        return Optional.ofNullable(itinerary).map(i -> VisitDialogViewModel.forVisit(i, allVisits, row.visit()));
    }

    /** Saves what the dialog holds (it has been validated): a new visit or a change, one undoable step. */
    public void save(VisitDialogViewModel dialog, VisitToPlace result) {
        savedAwaited = result;
        undo.perform(dialog.isNew() ? service.addVisit(result) : service.changeVisit(dialog.original(), result),
                done -> state.showStatus(Messages.get("planner.saved", result.title())));
    }

    /** The visit just saved, once listed (null until then); the list scrolls to it. */
    public ReadOnlyObjectProperty<VisitRow> justSavedProperty() {
        return justSaved.getReadOnlyProperty();
    }

    // A new visit's id is the database's: it is found again by what she typed, the last such row being the newest.
    private void showSaved() {
        VisitToPlace awaited = savedAwaited;
        if (awaited == null) {
            return;
        }
        for (int i = visits.size() - 1; i >= 0; i--) {
            VisitToPlace listed = visits.get(i).visit();
            if ((awaited.id() == 0 || listed.id() == awaited.id()) && listed.title().equals(awaited.title())
                    && Objects.equals(listed.institutionId(), awaited.institutionId())) {
                savedAwaited = null;
                justSaved.set(null);
                justSaved.set(visits.get(i));
                return;
            }
        }
    }

    /**
     * Whether an event of the trip shown stays where it is when the rest is re-planned (her pin, else past events and
     * events with a meeting record do), read in the background; nothing is told for an event not (yet) loaded.
     */
    public void readPin(long eventId, Consumer<Boolean> then) {
        Trip trip = state.currentTrip();
        Optional<Event> event = itinerary == null ? Optional.empty() : itinerary.event(eventId);
        if (trip == null || event.isEmpty()) {
            return;
        }
        tasks.run(() -> service.pinned(trip.id(), event.get()), then,
                failure -> state.showStatus(Problems.describe(failure)));
    }

    /** Pins an event where it is, or lets it move, for the next "Re-plan the rest" (undoable). */
    public void pin(long eventId, boolean pinned) {
        Trip trip = state.currentTrip();
        Optional<Event> event = itinerary == null ? Optional.empty() : itinerary.event(eventId);
        if (trip == null || event.isEmpty()) {
            return;
        }
        String title = event.get().title();
        undo.perform(service.pin(trip.id(), event.get(), pinned),
                done -> state.showStatus(Messages.get(pinned ? "planner.pinned" : "planner.unpinned", title)));
    }

    /** Deletes a visit to place (undoable). */
    public void delete(VisitRow row) {
        undo.perform(service.deleteVisit(row.visit()),
                done -> state.showStatus(Messages.get("planner.deleted", row.title())));
    }

    /** Saves the hours of a planned day once both read as times, the end after the start (undoable). */
    public void commitDayLimits() {
        Trip trip = state.currentTrip();
        if (trip == null || !dayStart.changed() && !dayEnd.changed()) {
            return;
        }
        try {
            LocalTime[] limits = VisitTexts.window(dayStart.text(), dayEnd.text());
            dayStart.problemProperty().set(null);
            dayEnd.problemProperty().set(null);
            if (limits[0] == null || limits[1] == null) {
                dayEnd.problemProperty().set(FieldProblem.error(
                        "planner.dayLimits.required"));
                return;
            }
            DayLimits chosen = new DayLimits(limits[0], limits[1]);
            dayStart.saved(dayStart.text());
            dayEnd.saved(dayEnd.text());
            undo.perform(service.setDayLimits(trip.id(), chosen),
                    done -> state.showStatus(Messages.get("planner.dayLimits.saved", Formats.time(limits[0]),
                            Formats.time(limits[1]))));
        } catch (FieldProblemException e) {
            (dayEnd.changed() ? dayEnd : dayStart).problemProperty().set(e.problem());
        }
    }

    /** The trip shown, if any (for the import of a visits file into it). */
    public Optional<Trip> trip() {
        return Optional.ofNullable(state.currentTrip());
    }
}
