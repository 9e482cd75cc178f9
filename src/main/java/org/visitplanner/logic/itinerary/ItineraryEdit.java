package org.visitplanner.logic.itinerary;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.visitplanner.logic.DataProblem;
import org.visitplanner.logic.Transactions;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.logic.undo.Creation;
import org.visitplanner.logic.undo.DeletedRows;
import org.visitplanner.logic.undo.Edits;
import org.visitplanner.logic.undo.Restorer;
import org.visitplanner.logic.undo.RowScope;
import org.visitplanner.logic.undo.RowStore;
import org.visitplanner.logic.undo.UndoHistory;
import org.visitplanner.model.Event;
import org.visitplanner.model.TravelOverride;

/**
 * One undoable change of an itinerary: a command that knows how to apply and revert itself, not a snapshot of the
 * database. Each step is one transaction. Undo and redo put back exactly the rows the step changed — versions and
 * time stamps included, and for a deleted event everything the delete took (its meeting record with notes,
 * outcomes, actions, attendees and attachment rows, its travel times) — so that any sequence of steps undoes and
 * redoes in order; a step fails with a STALE {@link DataProblem}, changing nothing, only when someone else changed
 * its rows meanwhile.
 *
 * <p>The first {@link #apply()} checks the event against the one the user saw by its content, not its version: the
 * window may still show an event as it was before its own previous edit (a move, then at once a resize) without it
 * being a conflict.
 *
 * <p>Call {@link #apply()} once to make the change, then record the edit in an {@link UndoHistory}.
 */
public abstract sealed class ItineraryEdit implements UndoHistory.Edit {

    /** What kind of change of an event, for the menu label. */
    public enum Change {
        MOVE, RESIZE, EDIT
    }

    private final String label;

    ItineraryEdit(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** The trip the edit is about. */
    public abstract long tripId();

    /** The event to select after the edit, its undo or its redo. */
    public abstract long eventId();

    /** The rows an event's own change touches: the event, who takes part and who hosts. */
    static List<RowScope> eventRows(long eventId) {
        return List.of(RowScope.of("EVENT", "ID", eventId), RowScope.of("EVENT_PARTICIPANT", "EVENT_ID", eventId),
                RowScope.of("EVENT_HOST", "EVENT_ID", eventId));
    }

    static final class AddEvent extends ItineraryEdit {
        private final Creation<Event> creation;
        private final Event event;

        AddEvent(Transactions transactions, EventRepository events, Restorer restorer, Event event) {
            super(Messages.get("itinerary.edit.add", event.title()));
            this.event = event;
            this.creation = Edits.creation(label(), transactions, () -> events.insert(event),
                    stored -> events.delete(stored.id(), stored.version()), restorer);
        }

        @Override
        public void apply() {
            creation.apply();
        }

        @Override
        public void revert() {
            creation.revert();
        }

        @Override
        public long tripId() {
            return event.tripId();
        }

        @Override
        public long eventId() {
            return creation.created() == null ? 0 : creation.created().id();
        }
    }

    static final class ChangeEvent extends ItineraryEdit {
        private final UndoHistory.Edit change;
        private final Event before;

        ChangeEvent(Transactions transactions, EventRepository events, RowStore rows, Event before, Event after,
                    Change kind) {
            super(Messages.get("itinerary.edit." + kind.name().toLowerCase(Locale.ROOT), before.title()));
            if (before.id() != after.id()) {
                throw new IllegalArgumentException("a change keeps the event's id");
            }
            this.before = before;
            this.change = Edits.change(label(), transactions, rows, eventRows(before.id()), () -> {
                Event current = asSeen(events, before);
                return events.update(withVersion(after, current.version()));
            });
        }

        @Override
        public void apply() {
            change.apply();
        }

        @Override
        public void revert() {
            change.revert();
        }

        @Override
        public long tripId() {
            return before.tripId();
        }

        @Override
        public long eventId() {
            return before.id();
        }
    }

    /** An edit whose event is gone once applied (nothing to select afterwards). */
    public interface Removal {
    }

    static final class DeleteEvent extends ItineraryEdit implements Removal {
        private final Transactions transactions;
        private final EventRepository events;
        private final Restorer restorer;
        private final Event seen;
        private DeletedRows gone;
        private int version;

        DeleteEvent(Transactions transactions, EventRepository events, Restorer restorer, Event event) {
            super(Messages.get("itinerary.edit.delete", event.title()));
            this.transactions = transactions;
            this.events = events;
            this.restorer = restorer;
            this.seen = event;
        }

        @Override
        public void apply() {
            gone = transactions.inTransaction(() -> {
                if (gone == null) {
                    version = asSeen(events, seen).version();
                }
                return events.delete(seen.id(), version); // with its meeting record, travel times… (cascade)
            });
        }

        @Override
        public void revert() {
            restorer.restore(gone);
        }

        /** What the delete took with the event, once applied. */
        public DeletedRows deleted() {
            return gone;
        }

        @Override
        public long tripId() {
            return seen.tripId();
        }

        @Override
        public long eventId() {
            return seen.id();
        }
    }

    static final class SetTravel extends ItineraryEdit {
        private final UndoHistory.Edit change;
        private final long tripId;
        private final long toEventId;

        SetTravel(Transactions transactions, TravelOverrideRepository overrides, RowStore rows, long tripId,
                  long fromEventId, long toEventId, Optional<TravelOverride> before, Optional<TravelOverride> after,
                  String legLabel) {
            super(Messages.get("itinerary.edit.travel", legLabel));
            this.tripId = tripId;
            this.toEventId = toEventId;
            this.change = Edits.change(label(), transactions, rows,
                    List.of(RowScope.of("TRAVEL_LEG", "FROM_EVENT_ID", fromEventId, "TO_EVENT_ID", toEventId)),
                    () -> {
                        TravelOverride now = before.orElse(null);
                        if (after.isEmpty()) {
                            if (now != null) {
                                overrides.delete(now.id(), now.version());
                            }
                            return null;
                        }
                        TravelOverride target = after.get();
                        if (now == null) {
                            return overrides.insert(new TravelOverride(0, fromEventId, toEventId, target.mode(),
                                    target.minutes(), target.notes(), 0));
                        }
                        return overrides.update(new TravelOverride(now.id(), fromEventId, toEventId,
                                target.mode(), target.minutes(), target.notes(), now.version()));
                    });
        }

        @Override
        public void apply() {
            change.apply();
        }

        @Override
        public void revert() {
            change.revert();
        }

        @Override
        public long tripId() {
            return tripId;
        }

        @Override
        public long eventId() {
            return toEventId;
        }
    }

    /**
     * The event as stored, if it is still the one the user saw (whatever its version); else STALE: someone changed
     * or deleted it in the meantime.
     */
    static Event asSeen(EventRepository events, Event seen) {
        Event current = events.findById(seen.id()).orElseThrow(() -> stale(seen.id()));
        if (!sameContent(current, seen)) {
            throw stale(seen.id());
        }
        return current;
    }

    private static boolean sameContent(Event a, Event b) {
        return a.tripId() == b.tripId() && Objects.equals(a.uid(), b.uid()) && a.kind() == b.kind()
                && Objects.equals(a.title(), b.title()) && Objects.equals(a.start(), b.start())
                && Objects.equals(a.end(), b.end()) && Objects.equals(a.zone(), b.zone())
                && Objects.equals(a.institutionId(), b.institutionId()) && Objects.equals(a.location(), b.location())
                && a.status() == b.status() && Objects.equals(a.notes(), b.notes())
                && people(a.participantIds()).equals(people(b.participantIds()))
                && people(a.hostIds()).equals(people(b.hostIds()));
    }

    private static List<Long> people(List<Long> ids) {
        return ids.stream().distinct().sorted().toList();
    }

    private static DataProblem stale(long eventId) {
        return new DataProblem(DataProblem.Kind.STALE, "event " + eventId, null);
    }

    static Event withVersion(Event e, int version) {
        return new Event(e.id(), e.tripId(), e.uid(), e.kind(), e.title(), e.start(), e.end(), e.zone(),
                e.institutionId(), e.location(), e.status(), e.notes(), e.participantIds(), e.hostIds(), version);
    }
}
