package org.visitplanner.logic.planner;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.visitplanner.logic.DataProblem;
import org.visitplanner.logic.Transactions;
import org.visitplanner.logic.directory.InstitutionRepository;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.logic.itinerary.EventRepository;
import org.visitplanner.logic.itinerary.Itinerary;
import org.visitplanner.logic.itinerary.ItineraryService;
import org.visitplanner.logic.undo.DeletedRows;
import org.visitplanner.logic.undo.Restorer;
import org.visitplanner.logic.undo.UndoHistory;
import org.visitplanner.model.Closure;
import org.visitplanner.model.DayLimits;
import org.visitplanner.model.Event;
import org.visitplanner.model.OpeningHours;
import org.visitplanner.model.VisitToPlace;

/**
 * "Plan for me": a trip's visits to place and their undoable edits, the pins of its events, the hours of a planned
 * day, the problem the solver gets (read in one transaction) and the undoable step that applies a proposal.
 * Solving itself is {@link Planner}'s, and runs wherever the caller likes (never where the data is read).
 */
public final class PlannerService {

    private final Transactions transactions;
    private final ItineraryService itineraries;
    private final PlannerRepository planner;
    private final EventRepository events;
    private final InstitutionRepository institutions;
    private final Restorer restorer;
    private final Clock clock;

    public PlannerService(Transactions transactions, ItineraryService itineraries, PlannerRepository planner,
                          EventRepository events, InstitutionRepository institutions, Restorer restorer,
                          Clock clock) {
        this.transactions = transactions;
        this.itineraries = itineraries;
        this.planner = planner;
        this.events = events;
        this.institutions = institutions;
        this.restorer = restorer;
        this.clock = clock;
    }

    /**
     * Everything the solver needs for a trip, read at one moment: its itinerary, visits, pins, the events with a
     * meeting record and the day's limits. Empty when there is no such trip.
     */
    public Optional<PlanningProblem> problem(long tripId, PlanningProblem.Mode mode) {
        return transactions.inTransaction(() -> itineraries.load(tripId).map(itinerary -> {
            List<VisitToPlace> visits = planner.visits(tripId);
            // The itinerary knows the hours of the places its events are at; the visits may go elsewhere.
            Map<Long, List<OpeningHours>> hours = new HashMap<>();
            Map<Long, List<Closure>> closures = new HashMap<>();
            for (VisitToPlace visit : visits) {
                Long id = visit.institutionId();
                if (id != null && !hours.containsKey(id)) {
                    hours.put(id, institutions.openingHours(id));
                    closures.put(id, institutions.closures(id));
                }
            }
            return new PlanningProblem(itinerary.withOpeningHours(hours, closures), visits, planner.pins(tripId),
                    planner.eventsWithMeetingRecord(tripId), planner.dayLimits(tripId), clock.instant(), mode);
        }));
    }

    /** A trip's itinerary, for showing its visits (names of places and people). */
    public Optional<Itinerary> itinerary(long tripId) {
        return itineraries.load(tripId);
    }

    /** The undoable step that applies a proposal (not applied yet: {@link PlanEdit#apply()} does it). */
    public PlanEdit accept(PlanningProblem problem, Proposal proposal) {
        return new PlanEdit(transactions, events, planner, problem, proposal);
    }

    // ------------------------------------------------------------------ visits

    /** A trip's visits, placed or not, in the order they were listed. */
    public List<VisitToPlace> visits(long tripId) {
        return transactions.inTransaction(() -> planner.visits(tripId));
    }

    /** A new visit (not stored yet); applying it stores it, undo deletes it, redo brings it back with its id. */
    public UndoHistory.Edit addVisit(VisitToPlace visit) {
        return new UndoHistory.Edit() {
            private VisitToPlace stored = visit;
            private DeletedRows gone;

            @Override
            public String label() {
                return Messages.get("planner.edit.add", visit.title());
            }

            @Override
            public void apply() {
                if (gone == null) {
                    stored = transactions.inTransaction(() -> planner.insert(stored));
                } else {
                    restorer.restore(gone);
                }
            }

            @Override
            public void revert() {
                gone = transactions.inTransaction(() -> {
                    VisitToPlace now = planner.visit(stored.id()).orElseThrow(() -> stale(stored.id()));
                    return planner.delete(now.id(), now.version());
                });
            }
        };
    }

    /** A change of a visit from {@code before} (as read, at its version) to {@code after}. */
    public UndoHistory.Edit changeVisit(VisitToPlace before, VisitToPlace after) {
        return new UndoHistory.Edit() {
            private boolean appliedBefore;

            @Override
            public String label() {
                return Messages.get("planner.edit.change", before.title());
            }

            @Override
            public void apply() {
                write(after, !appliedBefore);
                appliedBefore = true;
            }

            @Override
            public void revert() {
                write(before, false);
            }

            /** The first time at the version read (STALE if changed meanwhile), then at whatever it is now. */
            private void write(VisitToPlace values, boolean checkVersion) {
                transactions.run(() -> {
                    VisitToPlace now = planner.visit(values.id()).orElseThrow(() -> stale(values.id()));
                    if (checkVersion && now.version() != before.version()) {
                        throw stale(values.id());
                    }
                    planner.update(values.withVersion(now.version()).withEventId(now.eventId()));
                });
            }
        };
    }

    /** The deletion of a visit (the event made for it, if any, stays on the itinerary). */
    public UndoHistory.Edit deleteVisit(VisitToPlace visit) {
        return new UndoHistory.Edit() {
            private DeletedRows gone;

            @Override
            public String label() {
                return Messages.get("planner.edit.delete", visit.title());
            }

            @Override
            public void apply() {
                gone = transactions.inTransaction(() -> {
                    VisitToPlace now = planner.visit(visit.id()).orElseThrow(() -> stale(visit.id()));
                    if (gone == null && now.version() != visit.version()) {
                        throw stale(visit.id());
                    }
                    return planner.delete(now.id(), now.version());
                });
            }

            @Override
            public void revert() {
                restorer.restore(gone);
            }
        };
    }

    // ------------------------------------------------------------------ pins and day limits

    /** Whether an event stays where it is when the rest is re-planned: the user's pin, else the default. */
    public boolean pinned(long tripId, Event event) {
        return transactions.inTransaction(() -> PlanningProblem.pinned(event, planner.pins(tripId),
                planner.eventsWithMeetingRecord(tripId), clock.instant()));
    }

    /** Pins or unpins an event (undoable): {@code pinned} true keeps it where it is when the rest is re-planned. */
    public UndoHistory.Edit pin(long tripId, Event event, boolean pinned) {
        return new UndoHistory.Edit() {
            private Optional<Boolean> before = Optional.empty();

            @Override
            public String label() {
                return Messages.get(pinned ? "planner.edit.pin" : "planner.edit.unpin", event.title());
            }

            @Override
            public void apply() {
                transactions.run(() -> {
                    before = Optional.ofNullable(planner.pins(tripId).get(event.id()));
                    planner.setPin(event.id(), Optional.of(pinned));
                });
            }

            @Override
            public void revert() {
                transactions.run(() -> planner.setPin(event.id(), before));
            }
        };
    }

    public DayLimits dayLimits(long tripId) {
        return transactions.inTransaction(() -> planner.dayLimits(tripId));
    }

    /** New hours for the planned days of a trip (undoable). */
    public UndoHistory.Edit setDayLimits(long tripId, DayLimits limits) {
        return new UndoHistory.Edit() {
            private DayLimits before;

            @Override
            public String label() {
                return Messages.get("planner.edit.dayLimits");
            }

            @Override
            public void apply() {
                transactions.run(() -> {
                    before = planner.dayLimits(tripId);
                    planner.saveDayLimits(tripId, limits);
                });
            }

            @Override
            public void revert() {
                transactions.run(() -> planner.saveDayLimits(tripId, before));
            }
        };
    }

    private static DataProblem stale(long visitId) {
        return new DataProblem(DataProblem.Kind.STALE, "visit " + visitId, null);
    }
}
