package org.visitplanner.gui.meeting;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

import org.visitplanner.gui.common.ViewLoader;
import org.visitplanner.gui.common.WindowPlaces;
import org.visitplanner.logic.i18n.Messages;

/**
 * Opens meeting records, each in a window of its own, one window per event: asking again brings the open window to
 * the front. This is the one entry point for every view that shows events (week overview, day and agenda views, the
 * event dialog, institution history, search, follow-ups).
 */
public final class MeetingRecords {

    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    private static final KeyCombination REDO_TOO = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);

    /** The parts of a meeting window (FXML it includes), each handed its view-model by {@link MeetingRecordView}. */
    private static final Map<Class<?>, Supplier<?>> PARTS = Map.of(MeetingNotesView.class, MeetingNotesView::new,
            OutcomesView.class, OutcomesView::new, ActionItemsView.class, ActionItemsView::new,
            AttendeesView.class, AttendeesView::new, AttachmentsView.class, AttachmentsView::new);

    private final ViewLoader views;
    private final Window owner;
    private final WindowPlaces places;
    private final Map<Long, Stage> open = new HashMap<>();

    /**
     * @param views loads {@code meeting/MeetingRecordView} with its controller
     * @param owner the main window (meeting windows stay above it and close with it)
     * @param places  where meeting windows open (where the last one was closed)
     */
    public MeetingRecords(ViewLoader views, Window owner, WindowPlaces places) {
        this.views = views.withParts(PARTS);
        this.owner = owner;
        this.places = places;
    }

    /** Shows the meeting record of {@code eventId}, creating the record the first time. */
    public void open(long eventId) {
        Stage existing = open.get(eventId);
        if (existing != null) {
            existing.toFront();
            existing.requestFocus();
            return;
        }
        ViewLoader.Loaded<MeetingRecordView> loaded = views.load("meeting/MeetingRecordView");
        MeetingRecordViewModel viewModel = loaded.controller().viewModel();
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(Messages.get("meeting.window.title"));
        viewModel.titleProperty().addListener((obs, was, title) ->
                stage.setTitle(Messages.get("meeting.window.titleOf", title)));
        stage.getIcons().setAll(owner instanceof Stage main ? main.getIcons() : List.of());
        stage.setScene(new Scene(loaded.root()));
        // Ctrl+Z / Ctrl+Shift+Z (Ctrl+Y) undo and redo the app's edits here too; in a text field they undo typing,
        // which the field handles (and consumes) itself.
        stage.getScene().addEventHandler(KeyEvent.KEY_PRESSED, key -> {
            if (UNDO.match(key)) {
                viewModel.undo();
                key.consume();
            } else if (REDO.match(key) || REDO_TOO.match(key)) {
                viewModel.redo();
                key.consume();
            }
        });
        stage.setMinWidth(820);
        stage.setMinHeight(520);
        places.place(stage, WindowPlaces.MEETING, owner, 1180, 760);
        // Closing saves what was typed since the last save (the save runs in the background after the window goes).
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, event -> {
            viewModel.close();
            open.remove(eventId);
        });
        // The event was deleted (here or by Edit → Undo of its creation): its record went with it.
        viewModel.goneProperty().addListener((obs, was, gone) -> {
            if (gone) {
                stage.close();
            }
        });
        open.put(eventId, stage);
        stage.show();
        viewModel.open(eventId);
        loaded.controller().notesArea().requestFocus();
    }

    /** Closes every meeting window (each saves its text first), e.g. when the main window closes. */
    public void closeAll() {
        for (Stage stage : List.copyOf(open.values())) {
            stage.close();
        }
    }
}
