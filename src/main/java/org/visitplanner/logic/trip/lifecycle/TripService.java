package org.visitplanner.logic.trip.lifecycle;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.visitplanner.logic.DataProblem;
import org.visitplanner.logic.Transactions;
import org.visitplanner.logic.directory.InstitutionRepository;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.logic.itinerary.EventRepository;
import org.visitplanner.logic.itinerary.TravelOverrideRepository;
import org.visitplanner.logic.trip.DayNoteRepository;
import org.visitplanner.logic.trip.TimeZones;
import org.visitplanner.logic.trip.TripForm;
import org.visitplanner.logic.trip.TripRepository;
import org.visitplanner.logic.undo.DeletedRows;
import org.visitplanner.logic.undo.Restorer;
import org.visitplanner.model.Event;
import org.visitplanner.model.EventStatus;
import org.visitplanner.model.Institution;
import org.visitplanner.model.Member;
import org.visitplanner.model.TravelOverride;
import org.visitplanner.model.Trip;

/**
 * The secretary's own trips: create, change (with the events moved along when the trip is postponed), duplicate as a
 * template for the next delegation, and delete (after a backup, undoably). Every method is one transaction; settings
 * that fail {@link TripForm#problem()} are refused with {@link InvalidTrip} and nothing is written.
 */
public final class TripService {

    /** Settings that cannot be saved; the message is the sentence to show. */
    public static final class InvalidTrip extends IllegalArgumentException {
        public InvalidTrip(String message) {
            super(message);
        }
    }

    /** Makes a backup of the data before a trip is deleted (nothing for data kept in memory). */
    @FunctionalInterface
    public interface BackupBeforeDelete {
        /** Makes the backup and returns where it is (null when there is no file to back up). */
        Path backUp();
    }

    /**
     * A trip that was deleted: what went with it (for undo) and where the backup made just before it is.
     *
     * @param backup null for data kept in memory
     */
    public record Deleted(Trip trip, DeletedRows rows, Path backup) {
    }

    /**
     * A copy of a trip.
     *
     * @param shiftDays how many days the events moved (whole weeks, so that they keep their weekdays)
     */
    public record Copy(Trip trip, int events, int shiftDays) {
    }

    private final Transactions transactions;
    private final TripRepository trips;
    private final EventRepository events;
    private final TravelOverrideRepository overrides;
    private final DayNoteRepository dayNotes;
    private final InstitutionRepository institutions;
    private final Restorer restorer;
    private final BackupBeforeDelete backup;

    public TripService(Transactions transactions, TripRepository trips, EventRepository events,
                       TravelOverrideRepository overrides, DayNoteRepository dayNotes,
                       InstitutionRepository institutions, Restorer restorer, BackupBeforeDelete backup) {
        this.transactions = transactions;
        this.trips = trips;
        this.events = events;
        this.overrides = overrides;
        this.dayNotes = dayNotes;
        this.institutions = institutions;
        this.restorer = restorer;
        this.backup = backup;
    }

    /** The venue zone a new trip starts with: the zone of the first institution's country, else Europe/Paris. */
    public ZoneId suggestedVenueZone() {
        return transactions.inTransaction(() -> institutions.findAll().stream()
                .sorted(Comparator.comparingLong(Institution::id))
                .map(i -> TimeZones.ofCountry(i.country())).flatMap(Optional::stream)
                .findFirst().orElse(TimeZones.DEFAULT_VENUE));
    }

    /** The home zone a new trip starts with: the one of the latest trip, else Asia/Shanghai. */
    public ZoneId suggestedHomeZone() {
        return transactions.inTransaction(() -> trips.findAll().stream().map(s -> s.trip())
                .max(Comparator.comparing(Trip::firstDay).thenComparingLong(Trip::id))
                .map(Trip::homeZone).orElse(ZoneId.of("Asia/Shanghai")));
    }

    public Optional<Trip> find(long tripId) {
        return trips.findById(tripId);
    }

    /** The members on a trip, in delegation order. */
    public List<Member> members(long tripId) {
        return trips.members(tripId);
    }

    /** Stores a new trip with {@code memberIds} on it (in that order); returns it with its id. */
    public Trip create(TripForm form, List<Long> memberIds) {
        check(form);
        return transactions.inTransaction(() -> {
            Trip stored = trips.insert(new Trip(0, form.cleanName(), form.firstDay(), form.lastDay(), form.venueZone(),
                    form.homeZone(), form.homeCity(), false, null, 0));
            int position = 0;
            for (long memberId : memberIds.stream().distinct().toList()) {
                trips.addMember(stored.id(), memberId, position++);
            }
            return stored;
        });
    }

    /** How many days the events move when {@code before}'s first day becomes {@code newFirstDay}. */
    public static int shiftBetween(Trip before, LocalDate newFirstDay) {
        return Math.toIntExact(ChronoUnit.DAYS.between(before.firstDay(), newFirstDay));
    }

    /**
     * Saves new settings of {@code before} (as read, at its version: STALE if it changed meanwhile). With
     * {@code moveEvents}, every event and day note moves by as many days as the first day did; without, events
     * stay where they are, even outside the new days (the checks report them). Returns the trip as stored.
     */
    public Trip update(Trip before, TripForm after, boolean moveEvents) {
        check(after);
        int shift = moveEvents ? shiftBetween(before, after.firstDay()) : 0;
        return transactions.inTransaction(() -> {
            Trip stored = trips.update(withSettings(before, after, before.version()));
            trips.shiftDays(before.id(), shift);
            return stored;
        });
    }

    /**
     * Writes {@code values}' settings over the trip whatever its version, and moves its events by {@code shiftDays}
     * (undo and redo of the user's own change). STALE when the trip is gone.
     */
    public Trip overwrite(Trip values, int shiftDays) {
        return transactions.inTransaction(() -> {
            Trip current = trips.findById(values.id()).orElseThrow(() -> gone(values.id()));
            Trip stored = trips.update(new Trip(values.id(), values.name(), values.firstDay(), values.lastDay(),
                    values.venueZone(), values.homeZone(), values.homeCity(), current.sample(), values.notes(),
                    current.version()));
            trips.shiftDays(values.id(), shiftDays);
            return stored;
        });
    }

    /**
     * A new trip from {@code source}, as a template for the next delegation: named {@code name}, from
     * {@code firstDay} for as many days; the same home and venue, members, events (new calendar ids, at the same
     * institutions, with the same people, moved by whole weeks so that each keeps its weekday; confirmed and done
     * ones planned again), the user's own travel times between them and the day notes. Meeting records, outcomes and
     * action items are not copied.
     */
    public Copy copy(Trip source, String name, LocalDate firstDay) {
        LocalDate lastDay = firstDay == null ? null : firstDay.plusDays(source.length() - 1);
        TripForm form = new TripForm(name, firstDay, lastDay, source.venueZone(), source.homeZone(),
                source.homeCity());
        check(form);
        int shift = weekShift(source.firstDay(), firstDay);
        return transactions.inTransaction(() -> {
            Trip original = trips.findById(source.id()).orElseThrow(() -> gone(source.id()));
            Trip copy = trips.insert(new Trip(0, form.cleanName(), firstDay, lastDay, original.venueZone(),
                    original.homeZone(), original.homeCity(), false, original.sample() ? null : original.notes(), 0));
            int position = 0;
            for (Member member : trips.members(original.id())) {
                trips.addMember(copy.id(), member.id(), position++);
            }
            Map<Long, Long> newIds = new HashMap<>();
            List<Event> originalEvents = events.findByTrip(original.id());
            for (Event e : originalEvents) {
                EventStatus status = e.status() == EventStatus.CANCELLED ? EventStatus.CANCELLED : EventStatus.PLANNED;
                Event stored = events.insert(new Event(0, copy.id(), UUID.randomUUID() + "@visitplanner", e.kind(),
                        e.title(), e.start().plusDays(shift), e.end().plusDays(shift), e.zone(), e.institutionId(),
                        e.location(), status, e.notes(), e.participantIds(), e.hostIds(), 0));
                newIds.put(e.id(), stored.id());
            }
            for (TravelOverride o : overrides.findByTrip(original.id())) {
                overrides.insert(new TravelOverride(0, newIds.get(o.fromEventId()), newIds.get(o.toEventId()),
                        o.mode(), o.minutes(), o.notes(), 0));
            }
            dayNotes.findByTrip(original.id()).forEach((day, notes) -> dayNotes.save(copy.id(), day.plusDays(shift),
                    notes));
            return new Copy(copy, originalEvents.size(), shift);
        });
    }

    /**
     * The whole weeks nearest to the move from {@code from} to {@code to}: events keep their weekday ("Monday's
     * meetings stay on Monday").
     */
    public static int weekShift(LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            return 0;
        }
        long days = ChronoUnit.DAYS.between(from, to);
        return Math.toIntExact(Math.round(days / 7.0) * 7);
    }

    /**
     * The note told when a copy starts on another weekday than its source: the events kept their weekdays and moved
     * by {@code shiftDays}.
     */
    public static String weekdayNote(LocalDate sourceFirstDay, LocalDate copyFirstDay, int shiftDays) {
        Locale language = Messages.locale();
        return Messages.get("trip.copy.weekdays",
                sourceFirstDay.getDayOfWeek().getDisplayName(TextStyle.FULL, language),
                copyFirstDay.getDayOfWeek().getDisplayName(TextStyle.FULL, language), shiftDays);
    }

    /** What a delete of the trip would take with it. */
    public TripRepository.Contents contents(long tripId) {
        return transactions.inTransaction(() -> trips.contents(tripId));
    }

    /**
     * Deletes {@code trip} (as read, at its version; STALE if it changed) after a backup of the data, with its
     * events, meeting records, outcomes, action items and day notes; members and institutions stay in the
     * directory, files attached to meetings stay in the data folder. A failed backup deletes nothing.
     */
    public Deleted delete(Trip trip) {
        Path saved = backup.backUp();
        DeletedRows rows = transactions.inTransaction(() -> trips.delete(trip.id(), trip.version()));
        return new Deleted(trip, rows, saved);
    }

    /** Deletes the trip at whatever version (redo of a delete, undo of a creation or a copy); returns what went. */
    public DeletedRows deleteAgain(long tripId) {
        return transactions.inTransaction(() -> trips.delete(tripId,
                trips.findById(tripId).orElseThrow(() -> gone(tripId)).version()));
    }

    /** Puts back what a delete took, with the same ids. */
    public void restore(DeletedRows deleted) {
        restorer.restore(deleted);
    }

    public Restorer restorer() {
        return restorer;
    }

    private static Trip withSettings(Trip before, TripForm after, int version) {
        return new Trip(before.id(), after.cleanName(), after.firstDay(), after.lastDay(), after.venueZone(),
                after.homeZone(), after.homeCity(), before.sample(), before.notes(), version);
    }

    private static void check(TripForm form) {
        form.problem().ifPresent(problem -> {
            throw new InvalidTrip(problem);
        });
    }

    private static DataProblem gone(long tripId) {
        return new DataProblem(DataProblem.Kind.STALE, "trip " + tripId, null);
    }
}
