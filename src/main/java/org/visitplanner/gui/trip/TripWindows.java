package org.visitplanner.gui.trip;

import java.time.temporal.ChronoUnit;

import javafx.event.Event;
import javafx.event.EventType;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

import org.visitplanner.gui.common.Dialogs;
import org.visitplanner.gui.common.WorkingDialog;
import org.visitplanner.gui.team.ClashDialog;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.logic.trip.TripRepository;
import org.visitplanner.model.Trip;

/** The trip dialogs of the main window: New trip…, Trip settings…, Duplicate trip… and Delete trip…. */
public final class TripWindows {

    /**
     * Asked by a view that wants a calendar imported into the current trip (the empty week's "Import a calendar…");
     * the main window, which owns File → Import…, answers it.
     */
    public static final EventType<Event> IMPORT_CALENDAR = new EventType<>(Event.ANY, "IMPORT_CALENDAR");

    private final TripActions actions;

    public TripWindows(TripActions actions) {
        this.actions = actions;
    }

    /** File → New trip… (Ctrl+Shift+N): the trip is stored and shown, on an empty week. */
    public void newTrip(Window owner) {
        actions.prepare(TripEditor.Purpose.NEW, null, editor -> {
            if (form(owner, editor)) {
                actions.create(editor);
            }
        });
    }

    /** File → Trip settings…: when the first day moves, asks whether the events move with it. */
    public void settings(Window owner) {
        Trip trip = actions.current();
        if (trip != null) {
            actions.prepare(TripEditor.Purpose.SETTINGS, trip, editor -> editSettings(owner, editor));
        }
    }

    private void editSettings(Window owner, TripEditor editor) {
        while (form(owner, editor)) {
            Trip before = editor.trip();
            int moved = (int) ChronoUnit.DAYS.between(before.firstDay(), editor.firstDayValue());
            int events = editor.eventCount();
            if (moved == 0 || events == 0) {
                actions.saveSettings(editor, false, ClashDialog.resolver(() -> owner));
                return;
            }
            ButtonType move = new ButtonType(Messages.get("trip.move.yes"), ButtonBar.ButtonData.YES);
            ButtonType keep = new ButtonType(Messages.get("trip.move.no"), ButtonBar.ButtonData.NO);
            ButtonType cancel = Dialogs.cancel();
            ButtonType answer = Dialogs.ask(owner, Messages.get("tripDialog.title.settings"),
                    Messages.get("trip.move.question", moved, events), Messages.get("trip.move.details"),
                    move, keep, cancel).orElse(cancel);
            if (answer != cancel) {
                actions.saveSettings(editor, answer == move, ClashDialog.resolver(() -> owner));
                return;
            }
            // Cancel goes back to the settings as typed.
        }
    }

    /** File → Duplicate trip…: a copy of the current trip for new dates, shown once made. */
    public void duplicate(Window owner) {
        Trip trip = actions.current();
        if (trip != null) {
            actions.prepare(TripEditor.Purpose.DUPLICATE, trip, editor -> {
                if (form(owner, editor)) {
                    actions.duplicate(editor);
                }
            });
        }
    }

    /** File → Delete trip…: names what goes with it, then backs up and deletes (undoable). */
    public void delete(Window owner) {
        Trip trip = actions.current();
        if (trip == null) {
            return;
        }
        actions.contents(trip, contents -> {
            ButtonType delete = new ButtonType(Messages.get("trip.delete.action"), ButtonBar.ButtonData.OK_DONE);
            if (Dialogs.ask(owner, null, Messages.get("trip.delete.question", trip.name()), details(contents), delete,
                    Dialogs.cancel()).filter(delete::equals).isPresent()) {
                WorkingDialog working = WorkingDialog.show(owner, Messages.get("trip.delete.working"));
                actions.delete(trip, working::close);
            }
        });
    }

    private static String details(TripRepository.Contents contents) {
        return Messages.get("trip.delete.contents", contents.events(), contents.meetingRecords(), contents.outcomes(),
                contents.actions()) + "\n\n" + Messages.get("trip.delete.safety");
    }

    private static boolean form(Window owner, TripEditor editor) {
        return Dialogs.form(owner, "trip/TripDialog", new TripDialog(editor), editor.title(), editor.okText(),
                editor.validProperty());
    }
}
