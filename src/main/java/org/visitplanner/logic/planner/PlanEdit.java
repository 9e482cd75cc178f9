package org.visitplanner.logic.planner;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.visitplanner.logic.DataProblem;
import org.visitplanner.logic.Transactions;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.logic.itinerary.EventRepository;
import org.visitplanner.logic.undo.UndoHistory;
import org.visitplanner.model.Event;
import org.visitplanner.model.VisitToPlace;

/**
 * An accepted proposal, as one undoable step: each placed visit becomes an event (and the visit points at it), each
 * moved event gets its new time. Apply, undo and redo are each one transaction with optimistic locking: if a visit
 * or an event changed since the proposal was made, nothing is written and the step fails with STALE. Ids are kept
 * across undo and redo, so later edits in the history still find their events.
 */
public final class PlanEdit implements UndoHistory.Edit {

    /** A visit and the event made for it: the event's id is 0 until first applied. */
    private static final class NewEvent {
        VisitToPlace visit;
        Event event;

        NewEvent(VisitToPlace visit, Event event) {
            this.visit = visit;
            this.event = event;
        }
    }

    /** An event that moves: as it was read and as it will be (the versions follow the writes). */
    private static final class Move {
        Event before;
        Event after;

        Move(Event before, Event after) {
            this.before = before;
            this.after = after;
        }
    }

    private final Transactions transactions;
    private final EventRepository events;
    private final PlannerRepository planner;
    private final long tripId;
    private final String label;
    private final List<NewEvent> created = new ArrayList<>();
    private final List<Move> moves = new ArrayList<>();
    private boolean appliedBefore;

    PlanEdit(Transactions transactions, EventRepository events, PlannerRepository planner, PlanningProblem problem,
             Proposal proposal) {
        this.transactions = transactions;
        this.events = events;
        this.planner = planner;
        this.tripId = proposal.tripId();
        ZoneId venue = problem.itinerary().trip().venueZone();
        for (Proposal.Placement p : proposal.placements()) {
            if (p.eventId() != null) {
                Event before = problem.event(p.key()).orElseThrow();
                moves.add(new Move(before, Proposals.moved(before, p, venue)));
            } else {
                VisitToPlace visit = problem.visit(p.key()).orElseThrow();
                created.add(new NewEvent(visit, Proposals.newEvent(visit, p, venue, 0,
                        UUID.randomUUID() + "@visitplanner")));
            }
        }
        this.label = Messages.get("planner.edit.accept", created.size(), moves.size());
    }

    @Override
    public String label() {
        return label;
    }

    public long tripId() {
        return tripId;
    }

    /** How many events it makes and moves. */
    public int createdCount() {
        return created.size();
    }

    public int movedCount() {
        return moves.size();
    }

    /** The events it made, once applied (for selecting them). */
    public List<Long> createdEventIds() {
        return created.stream().map(c -> c.event.id()).filter(id -> id != 0).toList();
    }

    /**
     * Makes the events. The first time, a visit or an event changed since the proposal was made is STALE; after an
     * undo the history is last-in first-out, so what this step wrote is back as it was (versions moved on).
     */
    @Override
    public void apply() {
        transactions.run(() -> {
            for (NewEvent c : created) {
                VisitToPlace current = planner.visit(c.visit.id()).orElseThrow(() -> stale("visit", c.visit.id()));
                if (current.eventId() != null || !appliedBefore && current.version() != c.visit.version()) {
                    throw stale("visit", c.visit.id());
                }
                c.event = events.insert(c.event);
                c.visit = planner.update(current.withEventId(c.event.id()));
            }
            for (Move m : moves) {
                Event current = events.findById(m.before.id()).orElseThrow(() -> stale("event", m.before.id()));
                if (!appliedBefore && current.version() != m.before.version()) {
                    throw stale("event", m.before.id());
                }
                m.after = events.update(withVersion(m.after, current.version()));
            }
        });
        appliedBefore = true;
    }

    @Override
    public void revert() {
        transactions.run(() -> {
            // Notes written since in the meeting record of a new event would go with it: refuse, say why.
            Set<Long> recorded = planner.eventsWithMeetingRecord(tripId);
            for (NewEvent c : created) {
                if (recorded.contains(c.event.id())) {
                    throw new DataProblem(DataProblem.Kind.REFUSED, "event " + c.event.id(),
                            new DataProblem.Reason("planner.undo.meetingRecord", c.event.title()), null);
                }
            }
            for (int i = moves.size() - 1; i >= 0; i--) {
                Move m = moves.get(i);
                Event current = events.findById(m.before.id()).orElseThrow(() -> stale("event", m.before.id()));
                events.update(withVersion(m.before, current.version()));
            }
            for (int i = created.size() - 1; i >= 0; i--) {
                NewEvent c = created.get(i);
                // The visit lets go of the event first, then the event goes (with whatever the user added to it
                // since and undid: the history is last-in first-out).
                VisitToPlace visit = planner.visit(c.visit.id()).orElseThrow(() -> stale("visit", c.visit.id()));
                c.visit = planner.update(visit.withEventId(null));
                Event current = events.findById(c.event.id()).orElseThrow(() -> stale("event", c.event.id()));
                events.delete(current.id(), current.version());
            }
        });
    }

    private static Event withVersion(Event e, int version) {
        return new Event(e.id(), e.tripId(), e.uid(), e.kind(), e.title(), e.start(), e.end(), e.zone(),
                e.institutionId(), e.location(), e.status(), e.notes(), e.participantIds(), e.hostIds(), version);
    }

    private static DataProblem stale(String table, long id) {
        return new DataProblem(DataProblem.Kind.STALE, table + " " + id, null);
    }
}
