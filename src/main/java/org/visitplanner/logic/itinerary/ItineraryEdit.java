package org.visitplanner.logic.itinerary;

import java.util.List;
import java.util.Optional;

import org.visitplanner.logic.Transactions;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.logic.undo.UndoHistory;
import org.visitplanner.model.Event;
import org.visitplanner.model.TravelOverride;

/**
 * One undoable change of an itinerary: a command that knows how to apply and revert itself, not a snapshot of the
 * database. Each step is one transaction and checks versions (optimistic locking): if someone changed the record
 * meanwhile, it fails with a STALE {@link org.visitplanner.logic.DataProblem} and changes nothing. Ids are kept across
 * undo and redo (a deleted event comes back under its id), so later edits in the history still find their records.
 *
 * <p>Call {@link #apply()} once to make the change, then record the edit in an {@link UndoHistory}.
 */
public abstract sealed class ItineraryEdit implements UndoHistory.Edit {

    /** What kind of change of an event, for the menu label. */
    public enum Change {
        MOVE, RESIZE, EDIT
    }

    private final String label;
    protected final Transactions transactions;

    ItineraryEdit(Transactions transactions, String label) {
        this.transactions = transactions;
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

    static final class AddEvent extends ItineraryEdit {
        private final EventRepository events;
        private Event stored;

        AddEvent(Transactions transactions, EventRepository events, Event event) {
            super(transactions, Messages.get("itinerary.edit.add", event.title()));
            this.events = events;
            this.stored = event;
        }

        @Override
        public void apply() {
            stored = transactions.inTransaction(() -> events.insert(stored));
        }

        @Override
        public void revert() {
            transactions.run(() -> events.delete(stored.id(), stored.version()));
        }

        @Override
        public long tripId() {
            return stored.tripId();
        }

        @Override
        public long eventId() {
            return stored.id();
        }
    }

    static final class ChangeEvent extends ItineraryEdit {
        private final EventRepository events;
        private final Event before;
        private final Event after;
        private int version;

        ChangeEvent(Transactions transactions, EventRepository events, Event before, Event after, Change change) {
            super(transactions, Messages.get("itinerary.edit." + change.name().toLowerCase(java.util.Locale.ROOT),
                    before.title()));
            if (before.id() != after.id()) {
                throw new IllegalArgumentException("a change keeps the event's id");
            }
            this.events = events;
            this.before = before;
            this.after = after;
            this.version = before.version();
        }

        @Override
        public void apply() {
            version = transactions.inTransaction(() -> events.update(withVersion(after, version))).version();
        }

        @Override
        public void revert() {
            version = transactions.inTransaction(() -> events.update(withVersion(before, version))).version();
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
        private final EventRepository events;
        private final TravelOverrideRepository overrides;
        private final List<TravelOverride> removedOverrides;
        private Event stored;

        DeleteEvent(Transactions transactions, EventRepository events, TravelOverrideRepository overrides,
                    Event event, List<TravelOverride> eventOverrides) {
            super(transactions, Messages.get("itinerary.edit.delete", event.title()));
            this.events = events;
            this.overrides = overrides;
            this.stored = event;
            this.removedOverrides = List.copyOf(eventOverrides);
        }

        @Override
        public void apply() {
            transactions.run(() -> events.delete(stored.id(), stored.version())); // overrides go with it (cascade)
        }

        @Override
        public void revert() {
            transactions.run(() -> {
                stored = events.insert(stored);
                removedOverrides.forEach(overrides::insert);
            });
        }

        @Override
        public long tripId() {
            return stored.tripId();
        }

        @Override
        public long eventId() {
            return stored.id();
        }
    }

    static final class SetTravel extends ItineraryEdit {
        private final TravelOverrideRepository overrides;
        private final long fromEventId;
        private final long toEventId;
        private final Optional<TravelOverride> before;
        private final Optional<TravelOverride> after;
        private final long tripId;
        private TravelOverride current;

        SetTravel(Transactions transactions, TravelOverrideRepository overrides, long tripId, long fromEventId,
                  long toEventId, Optional<TravelOverride> before, Optional<TravelOverride> after, String legLabel) {
            super(transactions, Messages.get("itinerary.edit.travel", legLabel));
            this.overrides = overrides;
            this.tripId = tripId;
            this.fromEventId = fromEventId;
            this.toEventId = toEventId;
            this.before = before;
            this.after = after;
            this.current = before.orElse(null);
        }

        @Override
        public void apply() {
            transactions.run(() -> current = change(current, after));
        }

        @Override
        public void revert() {
            transactions.run(() -> current = change(current, before));
        }

        /** Takes the stored override from {@code now} to {@code wanted}; returns what is stored afterwards. */
        private TravelOverride change(TravelOverride now, Optional<TravelOverride> wanted) {
            if (wanted.isEmpty()) {
                if (now != null) {
                    overrides.delete(now.id(), now.version());
                }
                return null;
            }
            TravelOverride target = wanted.get();
            if (now == null) {
                return overrides.insert(new TravelOverride(target.id(), fromEventId, toEventId, target.mode(),
                        target.minutes(), target.notes(), 0));
            }
            return overrides.update(new TravelOverride(now.id(), fromEventId, toEventId, target.mode(),
                    target.minutes(), target.notes(), now.version()));
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

    static Event withVersion(Event e, int version) {
        return new Event(e.id(), e.tripId(), e.uid(), e.kind(), e.title(), e.start(), e.end(), e.zone(),
                e.institutionId(), e.location(), e.status(), e.notes(), e.participantIds(), e.hostIds(), version);
    }
}
