package org.visitplanner.gui.itinerary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.visitplanner.model.EventKind;
import org.visitplanner.support.OnFx;

/** The agenda reports what the user does to its events and journeys as the calendar does (their common base). */
@Tag("ui")
class AgendaViewTest {

    private static final LocalDate MONDAY = LocalDate.of(2025, 12, 8);
    private static final LocalDate TUESDAY = MONDAY.plusDays(1);

    private final FxRobot robot = new FxRobot();
    private final List<String> reported = new CopyOnWriteArrayList<>();
    private AgendaView agenda;
    private Stage stage;

    @BeforeEach
    void show() throws Exception {
        FxToolkit.registerPrimaryStage();
        OnFx.run(() -> {
            agenda = new AgendaView();
            agenda.getDays().setAll(MONDAY, TUESDAY);
            agenda.getEntries().setAll(entry(1, "Polytechnique", 9), entry(2, "ENSTA", 14));
            agenda.getLegs().setAll(new ScheduleLeg(1, 2, MONDAY, LocalTime.of(11, 0), LocalTime.of(11, 30),
                    "Walk 10 min", "Walk 10 min to ENSTA", false, null));
            agenda.emptyDayTextProperty().set("Free day");
            agenda.onOpenProperty().set(id -> reported.add("open " + id));
            agenda.onDeleteProperty().set(id -> reported.add("delete " + id));
            agenda.onLegProperty().set(leg -> reported.add("leg to " + leg.toEventId()));
            stage = new Stage();
            stage.setScene(new Scene(agenda, 640, 480));
            stage.show();
        });
        OnFx.waitUntil(() -> agenda.lookupAll(".agenda-event").size() == 2);
    }

    @AfterEach
    void close() {
        OnFx.run(stage::close);
    }

    private static ScheduleEntry entry(long id, String title, int hour) {
        return new ScheduleEntry(id, MONDAY, LocalTime.of(hour, 0), LocalTime.of(hour + 2, 0),
                hour + ":00–" + (hour + 2) + ":00", title, title, title, "Palaiseau", "", EventKind.MEETING, false,
                null, "", List.of());
    }

    private Node row(long eventId) {
        return agenda.lookupAll(".agenda-event").stream().filter(n -> Long.valueOf(eventId).equals(n.getUserData()))
                .findFirst().orElseThrow();
    }

    /**
     * The middle of a row on the screen. The agenda's rows are cells that it makes again as it likes: the robot aims
     * at the place, where whichever node shows the row then gets the click.
     */
    private Point2D middleOf(Supplier<Node> row) {
        return OnFx.get(() -> {
            Bounds bounds = row.get().localToScreen(row.get().getBoundsInLocal());
            return new Point2D(bounds.getCenterX(), bounds.getCenterY());
        });
    }

    @Test
    void theArrowsSelectEnterOpensAndDeleteAsksToDeleteTheSelectedEvent() {
        OnFx.run(agenda::requestFocus);
        robot.type(KeyCode.DOWN);
        OnFx.waitUntil(() -> Long.valueOf(1).equals(agenda.selectedEventIdProperty().get()));
        robot.type(KeyCode.DOWN);
        OnFx.waitUntil(() -> Long.valueOf(2).equals(agenda.selectedEventIdProperty().get()));
        OnFx.waitUntil(() -> agenda.lookupAll(".agenda-event").stream().anyMatch(row -> Long.valueOf(2)
                .equals(row.getUserData()) && row.getPseudoClassStates().stream()
                .anyMatch(p -> p.getPseudoClassName().equals("selected"))));

        robot.type(KeyCode.ENTER);
        robot.type(KeyCode.DELETE);
        OnFx.waitUntil(() -> reported.size() == 2);
        assertThat(reported).containsExactly("open 2", "delete 2");
    }

    @Test
    void aDoubleClickOpensTheEventAndAClickOnAJourneyReportsIt() {
        robot.doubleClickOn(middleOf(() -> row(1)), MouseButton.PRIMARY);
        OnFx.waitUntil(() -> reported.contains("open 1"));
        assertThat(OnFx.get(() -> agenda.selectedEventIdProperty().get())).isEqualTo(1L);

        robot.clickOn(middleOf(() -> agenda.lookup(".agenda-leg")), MouseButton.PRIMARY);
        OnFx.waitUntil(() -> reported.contains("leg to 2"));
        assertThat(OnFx.get(() -> ((Label) agenda.lookup(".agenda-free")).getText())).isEqualTo("Free day");
    }
}
