package org.visitplanner.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;

import javafx.application.Application;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.visitplanner.app.VisitPlannerApp;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.support.OnFx;
import org.visitplanner.support.RunningApp;

/** Undo in the real window: a move and a new length undone in order, and the delete of an event with a record. */
@Tag("ui")
class UndoWindowTest {

    private static final String DUAL_DEGREE = "Dual-degree agreement: curriculum, selection, schedule";

    @TempDir
    Path dataDirectory;

    private final FxRobot robot = new FxRobot();
    private Application app;

    @BeforeEach
    void start() throws Exception {
        RunningApp.primaryStage();
        app = FxToolkit.setupApplication(() -> new VisitPlannerApp(dataDirectory, Locale.ENGLISH));
        OnFx.waitUntil(() -> robot.lookup(".schedule-event").queryAll().size() == 18);
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        Messages.setLocale(Locale.ENGLISH);
    }

    /** The block of the event titled {@code title}, whatever its size lets it show (it says its whole title). */
    private Node eventBlock(String title) {
        OnFx.waitUntil(() -> robot.lookup(".schedule-event").queryAll().stream()
                .anyMatch(b -> String.valueOf(b.getAccessibleText()).startsWith(title + ", ")));
        return OnFx.get(() -> robot.lookup(".schedule-event").queryAll().stream()
                .filter(b -> String.valueOf(b.getAccessibleText()).startsWith(title + ", "))
                .findFirst().orElseThrow());
    }

    private String timeOf(String title) {
        return OnFx.get(() -> robot.from(eventBlock(title)).lookup(".event-time").queryAs(Label.class).getText());
    }

    private int eventCount() {
        return OnFx.get(() -> robot.lookup(".schedule-event").queryAll().size());
    }

    private String status() {
        return OnFx.get(() -> robot.lookup(".status-message").queryAs(Label.class).getText());
    }

    private Point2D screen(Node node, double fractionX, double fromBottom) {
        return OnFx.get(() -> {
            Bounds b = node.localToScreen(node.getBoundsInLocal());
            return new Point2D(b.getMinX() + b.getWidth() * fractionX,
                    fromBottom < 0 ? b.getCenterY() : b.getMaxY() - fromBottom);
        });
    }

    private void click(Node node) {
        robot.targetWindow(OnFx.get(() -> node.getScene().getWindow()));
        robot.clickOn(screen(node, 0.5, -1));
    }

    /** Screen pixels of one hour on the schedule's axis. */
    private double hour() {
        return OnFx.get(() -> {
            var labels = robot.lookup(".axis-hour").queryAllAs(Label.class);
            double ten = labels.stream().filter(l -> l.getText().equals("10:00")).findFirst().orElseThrow()
                    .localToScreen(0, 0).getY();
            double nine = labels.stream().filter(l -> l.getText().equals("09:00")).findFirst().orElseThrow()
                    .localToScreen(0, 0).getY();
            return ten - nine;
        });
    }

    private void undo() {
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
    }

    private Button dialogButton(ButtonBar.ButtonData which) {
        OnFx.waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        return OnFx.get(() -> robot.lookup(".dialog-pane .button").queryAllAs(Button.class).stream()
                .filter(b -> ButtonBar.getButtonData(b) == which).findFirst().orElseThrow());
    }

    @Test
    void aMoveThenANewLengthAreUndoneInOrderWithoutAConflict() {
        double hour = hour();
        String debrief = "Delegation debrief"; // the last of the week: nothing drawn after it
        assertThat(timeOf(debrief)).isEqualTo("17:30–18:30");

        robot.drag(screen(eventBlock(debrief), 0.5, -1), MouseButton.PRIMARY).moveBy(0, hour / 2)
                .moveBy(0, hour / 2).drop();
        OnFx.waitUntil(() -> timeOf(debrief).equals("18:30–19:30") && status().equals("Saved."));
        // At once its lower edge, half an hour down.
        robot.drag(screen(eventBlock(debrief), 0.5, 2), MouseButton.PRIMARY).moveBy(0, hour / 4)
                .moveBy(0, hour / 4).drop();
        OnFx.waitUntil(() -> timeOf(debrief).equals("18:30–20:00") && status().equals("Saved."));

        undo(); // the schedule has the keys
        OnFx.waitUntil(() -> timeOf(debrief).equals("18:30–19:30"));
        undo();
        OnFx.waitUntil(() -> timeOf(debrief).equals("17:30–18:30"));
        OnFx.run(() -> assertThat(status()).isEqualTo("Undone: move of “Delegation debrief”."));
    }

    @Test
    void deletingAnEventWithAMeetingRecordAsksFirstAndUndoBringsTheRecordBack() {
        click(eventBlock(DUAL_DEGREE));
        robot.type(KeyCode.DELETE);
        Button cancel = dialogButton(ButtonBar.ButtonData.CANCEL_CLOSE);
        OnFx.run(() -> {
            DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
            assertThat(pane.getHeaderText()).isEqualTo("Delete “" + DUAL_DEGREE + "” and its meeting record?");
            assertThat(pane.getContentText()).startsWith("Its meeting record goes with it: the notes (")
                    .contains("3 outcomes", "3 action items").endsWith("Edit → Undo (Ctrl+Z) brings all of it back.");
            assertThat(ButtonBar.getButtonData(robot.lookup(".dialog-pane .button").queryAllAs(Button.class)
                    .stream().filter(b -> b.getText().equals("Delete")).findFirst().orElseThrow()))
                    .isEqualTo(ButtonBar.ButtonData.OK_DONE);
        });
        click(cancel);
        OnFx.waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isEmpty());
        OnFx.run(() -> assertThat(eventCount()).isEqualTo(18));

        click(eventBlock(DUAL_DEGREE));
        robot.type(KeyCode.DELETE);
        click(dialogButton(ButtonBar.ButtonData.OK_DONE));
        OnFx.waitUntil(() -> eventCount() == 17);

        undo();
        OnFx.waitUntil(() -> eventCount() == 18);
        click(eventBlock(DUAL_DEGREE));
        click(OnFx.get(() -> robot.lookup("#meetingButton").query()));
        OnFx.waitUntil(() -> robot.lookup(".meeting-record .outcome-list").tryQueryAs(ListView.class)
                .map(list -> list.getItems().size() == 3).orElse(false)
                && robot.lookup(".meeting-record .notes-area").tryQueryAs(javafx.scene.control.TextArea.class)
                .map(area -> area.getText().contains("Dual degree")).orElse(false));
        OnFx.run(() -> assertThat(robot.lookup(".meeting-record .action-list").queryAs(ListView.class).getItems())
                .hasSize(3));
    }
}
