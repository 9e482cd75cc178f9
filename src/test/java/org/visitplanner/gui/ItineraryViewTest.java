package org.visitplanner.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.visitplanner.app.Services;
import org.visitplanner.app.VisitPlannerApp;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.model.Event;
import org.visitplanner.support.OnFx;
import org.visitplanner.support.RunningApp;

/** The itinerary page, headless, on the sample trip: the event dialog, its validation, drag and undo. */
@Tag("ui")
class ItineraryViewTest {

    @TempDir
    Path dataDirectory;

    private final FxRobot robot = new FxRobot();
    private javafx.application.Application app;

    @BeforeEach
    void startTheApp() throws Exception {
        Stage stage = RunningApp.primaryStage();
        app = FxToolkit.setupApplication(() -> new VisitPlannerApp(dataDirectory, Locale.ENGLISH));
        OnFx.waitUntil(() -> robot.lookup(".schedule-event").queryAll().size() == 18);
        assertThat(stage.isShowing()).isTrue();
    }

    @AfterEach
    void stopTheApp() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
            FxToolkit.cleanupStages();
        }
        Messages.setLocale(Locale.ENGLISH);
    }

    /** Closes the window (the data is released) and reads the sample trip's events from the file. */
    private java.util.List<Event> storedEvents() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        app = null;
        try (Services services = Services.open(dataDirectory)) {
            return services.events().findByTrip(services.trips().findSample().orElseThrow().id());
        }
    }

    /** The first block of an event whose title contains {@code title} (however much of it the block shows). */
    private Node block(String title) {
        // On the FX thread: the week puts blocks on and off the grid as it scrolls and changes.
        return OnFx.get(() -> robot.lookup(".schedule-event").queryAll().stream()
                .filter(b -> String.valueOf(b.getAccessibleText()).contains(title))
                .findFirst().orElseThrow());
    }

    private int blockCount() {
        return OnFx.get(() -> robot.lookup(".schedule-event").queryAll().size());
    }

    /** The start and end of a block's event (a narrow block shows only the start, its description has both). */
    private String timeOf(Node block) {
        java.util.regex.Matcher time = java.util.regex.Pattern.compile("\\d\\d:\\d\\d–\\d\\d:\\d\\d")
                .matcher(String.valueOf(block.getAccessibleText()));
        return time.find() ? time.group() : "";
    }

    private void write(String fieldId, String text) {
        TextField field = robot.lookup(fieldId).queryAs(TextField.class);
        robot.interact(() -> field.setText(""));
        robot.clickOn(field).write(text);
    }

    @Test
    void anEventCreatedThroughTheDialogIsShownAndSaved() throws Exception {
        robot.clickOn(".itinerary-view .button.accent"); // New event
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#titleField").tryQuery().isPresent());
        write("#titleField", "Meeting with the dean");
        write("#startField", "16:30");
        write("#endField", "17:45");
        robot.clickOn("#institutionSearch").write("mines");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Save");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> blockCount() == 19);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> timeOf(block("Meeting with the dean")).equals("16:30–17:45"));
        assertThat(robot.lookup("#titleField").tryQuery()).isEmpty(); // the dialog closed

        Event stored = storedEvents().stream().filter(e -> e.title().equals("Meeting with the dean")).findFirst()
                .orElseThrow();
        assertThat(stored.start()).isEqualTo(LocalDateTime.of(2025, 12, 8, 16, 30));
        assertThat(stored.end()).isEqualTo(LocalDateTime.of(2025, 12, 8, 17, 45));
        assertThat(stored.institutionId()).isNotNull();
        assertThat(stored.location()).contains("boulevard Saint-Michel");
        assertThat(stored.participantIds()).hasSize(4);
    }

    @Test
    void anEndBeforeTheStartIsExplainedInPlaceAndTheTextIsKept() throws Exception {
        robot.clickOn(block("Strategic partnership review")); // the schedule has the focus
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#titleField").tryQuery().isPresent());
        write("#titleField", "Campus tour");
        write("#startField", "15:00");
        write("#endField", "14:00");
        robot.clickOn("Save");
        WaitForAsyncUtils.waitForFxEvents();

        Label message = robot.lookup("#endMessage").queryAs(Label.class);
        assertThat(message.isVisible()).isTrue();
        assertThat(message.getText()).isEqualTo("The end must come after the start.");
        assertThat(robot.lookup("#endField").queryAs(TextField.class).getText()).isEqualTo("14:00");
        assertThat(robot.lookup("#startField").queryAs(TextField.class).getText()).isEqualTo("15:00");
        assertThat(robot.lookup("#titleField").queryAs(TextField.class).getText()).isEqualTo("Campus tour");

        write("#endField", "16:00");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#endMessage").queryAs(Label.class).isVisible()).isFalse();
        robot.clickOn("Cancel");
        assertThat(blockCount()).isEqualTo(18);
    }

    @Test
    void aDraggedEventIsSavedAtItsNewTimeAndUndoPutsItBack() throws Exception {
        Node review = block("Strategic partnership review");
        assertThat(timeOf(review)).isEqualTo("09:30–11:00");
        double hour = robot.lookup(".axis-hour").queryAllAs(Label.class).stream()
                .filter(l -> l.getText().equals("10:00")).findFirst().orElseThrow().localToScene(0, 0).getY()
                - robot.lookup(".axis-hour").queryAllAs(Label.class).stream()
                .filter(l -> l.getText().equals("09:00")).findFirst().orElseThrow().localToScene(0, 0).getY();

        robot.drag(review, MouseButton.PRIMARY).moveBy(0, hour / 2).moveBy(0, hour / 2).drop();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, // the save may wait for an automatic backup under way
                () -> timeOf(block("Strategic partnership review")).equals("10:30–12:00")
                        && robot.lookup(".status-message").queryAs(Label.class).getText().equals("Saved."));

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> timeOf(block("Strategic partnership review")).equals("09:30–11:00"));

        Event stored = storedEvents().stream().filter(e -> e.uid().equals("sample-2025-speit-01@visitplanner"))
                .findFirst().orElseThrow();
        assertThat(stored.start()).isEqualTo(LocalDateTime.of(2025, 12, 8, 9, 30));
    }
}
