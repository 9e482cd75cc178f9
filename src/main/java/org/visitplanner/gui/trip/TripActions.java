package org.visitplanner.gui.trip;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.visitplanner.gui.common.AppState;
import org.visitplanner.gui.common.Problems;
import org.visitplanner.gui.common.TaskExecutor;
import org.visitplanner.gui.common.UndoActions;
import org.visitplanner.gui.team.ClashResolver;
import org.visitplanner.gui.team.LiveSave;
import org.visitplanner.logic.directory.MemberRepository;
import org.visitplanner.logic.i18n.Formats;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.logic.itinerary.EventRepository;
import org.visitplanner.logic.trip.TimeZones;
import org.visitplanner.logic.trip.TripForm;
import org.visitplanner.logic.trip.TripRepository;
import org.visitplanner.logic.trip.lifecycle.TripService;
import org.visitplanner.logic.undo.DeletedRows;
import org.visitplanner.logic.undo.Edits;
import org.visitplanner.logic.undo.UndoHistory;
import org.visitplanner.model.CityNames;
import org.visitplanner.model.Event;
import org.visitplanner.model.Trip;

/**
 * The trip commands of the window (File → New trip…, Trip settings…, Duplicate trip…, Delete trip…) as the dialogs
 * make them: in the background, each recorded for Edit → Undo, each followed by a status message, a reload of every
 * view and, for a new or copied trip, showing it.
 */
public final class TripActions {

    /** An undoable change of a trip; undo and redo show that trip when it is there, and leave it when it went. */
    public interface TripEdit extends UndoHistory.Edit {
        long tripId();
    }

    private final TaskExecutor tasks;
    private final AppState state;
    private final UndoActions undo;
    private final TripService service;
    private final MemberRepository members;
    private final EventRepository events;

    public TripActions(TaskExecutor tasks, AppState state, UndoActions undo, TripService service,
                       MemberRepository members, EventRepository events) {
        this.tasks = tasks;
        this.state = state;
        this.undo = undo;
        this.service = service;
        this.members = members;
        this.events = events;
        // Undoing a delete or redoing a creation brings a trip back: show it, as the user expects to see it again.
        undo.addUndoRedoListener(edit -> {
            if (edit instanceof TripEdit tripEdit) {
                showTrip(tripEdit.tripId());
            }
        });
    }

    /** The current trip, or null. */
    public Trip current() {
        return state.currentTrip();
    }

    /** Reads what the dialog needs for {@code purpose} ({@code trip} null for a new one), then opens it. */
    public void prepare(TripEditor.Purpose purpose, Trip trip, Consumer<TripEditor> open) {
        tasks.run(() -> {
            Trip fresh = trip == null ? null : service.find(trip.id()).orElse(trip);
            List<LocalDate> eventDays = fresh == null ? List.of()
                    : events.findByTrip(fresh.id()).stream().map(Event::day).toList();
            return new TripEditor.Start(purpose, fresh,
                    purpose == TripEditor.Purpose.NEW ? service.suggestedVenueZone() : null,
                    purpose == TripEditor.Purpose.NEW ? service.suggestedHomeZone() : null,
                    members.findAll(), List.of(), eventDays);
        }, start -> open.accept(new TripEditor(start)), this::fail);
    }

    /** Stores the new trip the dialog describes and shows it (an empty week, ready for events). */
    public void create(TripEditor editor) {
        TripForm form = editor.result();
        List<Long> chosen = editor.tickedMembers();
        tasks.run(() -> service.create(form, chosen), created -> {
            undo.record(creation(Messages.get("trip.undo.create", created.name()), created));
            state.currentTripProperty().set(created);
            done(Messages.get("trip.status.created", created.name()));
        }, this::fail);
    }

    /**
     * Saves new settings; {@code moveEvents} moves the events with the first day. Settings someone else saved
     * meanwhile are merged field by field, {@code clashes} asked about the fields both changed (ADR 0025).
     */
    public void saveSettings(TripEditor editor, boolean moveEvents, ClashResolver clashes) {
        Trip before = editor.trip();
        TripForm form = editor.result();
        Trip mine = new Trip(before.id(), form.cleanName(), form.firstDay(), form.lastDay(), form.venueZone(),
                form.homeZone(), form.homeCity(), before.sample(), before.notes(), before.version());
        int[] shift = new int[1];
        new LiveSave<Trip>(tasks, () -> clashes, "trip", Trip::name, TripActions::texts,
                typed -> service.find(typed.id()),
                (was, changed, saved, failed) -> {
                    // A merge is saved over theirs: the events are where they put them, so they move from there.
                    shift[0] = moveEvents ? TripService.shiftBetween(was, changed.firstDay()) : 0;
                    tasks.run(() -> service.update(was, formOf(changed), moveEvents), stored -> {
                        undo.record(settingsEdit(was, stored, shift[0]));
                        saved.accept(stored);
                    }, failed);
                },
                (was, changed, theirs, values) -> merged(theirs, changed, values), null)
                .save(before, mine, new LiveSave.Result<>() {
                    @Override
                    public void saved(Trip stored, boolean merged) {
                        done(merged ? Messages.get("live.merged", stored.name()) : shift[0] == 0
                                ? Messages.get("trip.status.saved", stored.name())
                                : Messages.get("trip.status.moved", stored.name(), shift[0]));
                    }

                    @Override
                    public void notSaved(Trip theirs) {
                        done(Messages.get("live.notSaved", theirs.name()));
                    }

                    @Override
                    public void deleted(Trip typed, Trip created) {
                        done(Messages.get("live.deletedRecord", typed.name()));
                    }

                    @Override
                    public void failed(Throwable failure) {
                        fail(failure);
                    }
                });
    }

    private TripEdit settingsEdit(Trip before, Trip stored, int shift) {
        return new TripEdit() {
            @Override
            public String label() {
                return Messages.get("trip.undo.settings", stored.name());
            }

            @Override
            public void apply() {
                service.overwrite(stored, shift);
            }

            @Override
            public void revert() {
                service.overwrite(before, -shift);
            }

            @Override
            public long tripId() {
                return before.id();
            }
        };
    }

    private static TripForm formOf(Trip trip) {
        return new TripForm(trip.name(), trip.firstDay(), trip.lastDay(), trip.venueZone(), trip.homeZone(),
                trip.homeCity());
    }

    /**
     * A trip's settings as the dialog shows them, by column (as in {@code bundle.field.*}), for a merge: a home city
     * without names of its own shows its zone's, as the dialog does.
     */
    static Map<String, String> texts(Trip trip) {
        CityNames zoneNames = TimeZones.cityNames(trip.homeZone());
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("name", trip.name());
        texts.put("first_day", Formats.date(trip.firstDay()));
        texts.put("last_day", Formats.date(trip.lastDay()));
        texts.put("venue_zone", trip.venueZone().getId());
        texts.put("home_zone", trip.homeZone().getId());
        texts.put("home_city_en", either(trip.homeCity().english(), zoneNames.english()));
        texts.put("home_city_fr", either(trip.homeCity().french(), zoneNames.french()));
        texts.put("home_city_zh", either(trip.homeCity().chinese(), zoneNames.chinese()));
        return texts;
    }

    private static String either(String own, String zones) {
        return own != null ? own : zones == null ? "" : zones;
    }

    /**
     * The settings the merged texts describe, over theirs: days and zones are chosen, so each is mine when its text
     * is mine, else theirs (days that would end before they start keep theirs); the name and the home city's names
     * are the texts the user kept or combined.
     */
    private static Trip merged(Trip theirs, Trip mine, Map<String, String> values) {
        Map<String, String> my = texts(mine);
        Map<String, String> their = texts(theirs);
        Predicate<String> isMine = field -> !Objects.equals(values.get(field), their.get(field))
                && Objects.equals(values.get(field), my.get(field));
        LocalDate first = isMine.test("first_day") ? mine.firstDay() : theirs.firstDay();
        LocalDate last = isMine.test("last_day") ? mine.lastDay() : theirs.lastDay();
        if (last.isBefore(first)) {
            first = theirs.firstDay();
            last = theirs.lastDay();
        }
        String name = values.get("name") == null || values.get("name").isBlank() ? theirs.name()
                : values.get("name").strip();
        return new Trip(theirs.id(), name, first, last, isMine.test("venue_zone") ? mine.venueZone()
                : theirs.venueZone(), isMine.test("home_zone") ? mine.homeZone() : theirs.homeZone(),
                new CityNames(values.get("home_city_en"), values.get("home_city_fr"), values.get("home_city_zh")),
                theirs.sample(), theirs.notes(), theirs.version());
    }

    /** Copies the dialog's trip under its new name and days, and shows the copy. */
    public void duplicate(TripEditor editor) {
        Trip source = editor.trip();
        String name = editor.result().cleanName();
        LocalDate first = editor.firstDayValue();
        tasks.run(() -> service.copy(source, name, first), copy -> {
            undo.record(creation(Messages.get("trip.undo.duplicate", copy.trip().name()), copy.trip()));
            state.currentTripProperty().set(copy.trip());
            done(Messages.get("trip.status.duplicated", copy.trip().name(), copy.events()));
        }, this::fail);
    }

    /** What a delete of {@code trip} would take, for the question the user answers first. */
    public void contents(Trip trip, Consumer<TripRepository.Contents> onRead) {
        tasks.run(() -> service.contents(trip.id()), onRead, this::fail);
    }

    /** Backs the data up, then deletes {@code trip}; {@code onFinished} runs after, whatever happened. */
    public void delete(Trip trip, Runnable onFinished) {
        tasks.run(() -> service.delete(trip), deleted -> {
            onFinished.run();
            undo.record(new TripEdit() {
                private DeletedRows gone = deleted.rows();

                @Override
                public String label() {
                    return Messages.get("trip.undo.delete", trip.name());
                }

                @Override
                public void apply() {
                    gone = service.deleteAgain(trip.id());
                }

                @Override
                public void revert() {
                    service.restore(gone);
                }

                @Override
                public long tripId() {
                    return trip.id();
                }
            });
            if (state.currentTrip() != null && state.currentTrip().id() == trip.id()) {
                state.currentTripProperty().set(null); // the window chooses another one as it reloads
            }
            done(deleted.backup() == null ? Messages.get("trip.status.deletedNoBackup", trip.name())
                    : Messages.get("trip.status.deleted", trip.name(), deleted.backup().toString()));
        }, failure -> {
            onFinished.run();
            fail(failure);
        });
    }

    /** A trip that has just been created or copied: undo deletes it, redo puts the same rows back. */
    private TripEdit creation(String label, Trip created) {
        UndoHistory.Edit edit = Edits.creation(label, () -> service.deleteAgain(created.id()), service.restorer());
        return new TripEdit() {
            @Override
            public String label() {
                return edit.label();
            }

            @Override
            public void apply() {
                edit.apply();
            }

            @Override
            public void revert() {
                edit.revert();
            }

            @Override
            public long tripId() {
                return created.id();
            }
        };
    }

    /** Shows trip {@code id} when it is there; when it went and was shown, the window chooses another one. */
    private void showTrip(long id) {
        tasks.run(() -> service.find(id), found -> {
            if (found.isPresent()) {
                state.currentTripProperty().set(found.get());
            } else if (state.currentTrip() != null && state.currentTrip().id() == id) {
                state.currentTripProperty().set(null);
                state.dataChanged();
            }
        }, this::fail);
    }

    private void done(String message) {
        state.showStatus(message);
        state.dataChanged();
    }

    private void fail(Throwable failure) {
        state.showStatus(failure instanceof TripService.InvalidTrip ? failure.getMessage()
                : Problems.describe(failure));
        state.dataChanged();
    }
}
