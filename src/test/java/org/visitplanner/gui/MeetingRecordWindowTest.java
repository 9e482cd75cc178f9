package org.visitplanner.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.visitplanner.app.VisitPlannerApp;
import org.visitplanner.gui.common.TextFits;
import org.visitplanner.gui.followup.FollowUpsViewModel;
import org.visitplanner.gui.search.SearchViewModel;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.support.OnFx;
import org.visitplanner.support.RunningApp;

/** Meeting records in the window: what is typed survives closing, outcomes and actions reach the other pages. */
@Tag("ui")
class MeetingRecordWindowTest {

    private static final String DUAL_DEGREE = "Dual-degree agreement: curriculum, selection, schedule";

    @TempDir
    Path dataDirectory;

    private final FxRobot robot = new FxRobot();
    private javafx.application.Application app;

    @BeforeEach
    void startTheApp() throws Exception {
        RunningApp.primaryStage();
        app = FxToolkit.setupApplication(() -> new VisitPlannerApp(dataDirectory, Locale.ENGLISH));
        OnFx.waitUntil(30, () -> robot.lookup(".event-title").queryAllAs(Label.class).stream()
                .anyMatch(l -> DUAL_DEGREE.equals(l.getProperties().get(TextFits.FULL_TEXT))));
    }

    @AfterEach
    void stopTheApp() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        Messages.setLocale(Locale.ENGLISH);
    }

    private TextArea openDualDegreeRecord() throws Exception {
        // The schedule may still be redrawn after the first load: pick the event's block as it is now.
        WaitForAsyncUtils.waitForFxEvents();
        Label card = OnFx.get(() -> robot.lookup(".event-title").queryAllAs(Label.class).stream()
                .filter(l -> DUAL_DEGREE.equals(l.getProperties().get(TextFits.FULL_TEXT)) && l.getScene() != null)
                .findFirst().orElseThrow());
        robot.clickOn(card); // selects the event; the toolbar opens its meeting record
        robot.clickOn("#meetingButton");
        OnFx.waitUntil(20, () -> robot.lookup(".meeting-record .notes-area")
                .tryQueryAs(TextArea.class).map(area -> area.getText().contains("Dual degree")).orElse(false));
        return OnFx.get(() -> robot.lookup(".meeting-record .notes-area").queryAs(TextArea.class));
    }

    private void closeWindowOf(Node node) {
        Window window = node.getScene().getWindow();
        robot.interact(() -> ((Stage) window).close());
    }

    @Test
    void notesTypedBeforeClosingAreThereAfterReopening() throws Exception {
        TextArea notes = openDualDegreeRecord();
        robot.clickOn(notes);
        robot.interact(() -> notes.positionCaret(notes.getLength()));
        robot.write(" Intake dates next week.");
        WaitForAsyncUtils.waitForFxEvents();
        String typed = OnFx.get(notes::getText);
        assertThat(typed).endsWith("Intake dates next week.");
        closeWindowOf(notes); // closing at once, before the autosave pause has passed

        TextArea reopened = openDualDegreeRecord();
        assertThat(reopened).isNotSameAs(notes);
        String kept = OnFx.get(reopened::getText);
        assertThat(kept).endsWith("Intake dates next week.");
    }

    @Test
    void anOutcomeAndAnActionItemAddedInTheRecordShowInFollowUps() throws Exception {
        TextArea notes = openDualDegreeRecord();
        TextArea outcome = OnFx.get(() -> robot.lookup(".meeting-record .edit-form .text-area")
                .queryAs(TextArea.class));
        robot.clickOn(outcome).write("Joint call every month");
        robot.clickOn("Add outcome");
        OnFx.waitUntil(10, () -> robot.lookup(".meeting-record .outcome-list")
                .queryAs(ListView.class).getItems().size() == 4);

        robot.clickOn("Actions (2)");
        TextField action = OnFx.get(() -> robot.lookup(".meeting-record .edit-form .text-field")
                .queryAllAs(TextField.class).stream().filter(Node::isVisible)
                .filter(f -> "What must be done".equals(f.getPromptText())).findFirst().orElseThrow());
        robot.clickOn(action).write("Book the monthly call");
        robot.clickOn("Add action");
        OnFx.waitUntil(10, () -> robot.lookup(".meeting-record .action-list")
                .queryAs(ListView.class).getItems().size() == 4);
        closeWindowOf(notes);

        robot.clickOn("Follow-ups");
        OnFx.waitUntil(10, () -> robot.lookup(".follow-ups .table-view")
                .tryQueryAs(TableView.class).map(t -> t.getItems().stream().anyMatch(row ->
                        ((FollowUpsViewModel.Row) row).action().equals("Book the monthly call"))).orElse(false));
        assertThat(OnFx.get(() -> robot.lookup("Book the monthly call").tryQuery())).isPresent();
    }

    @Test
    void searchingDescartesFindsTheLyceeMeetings() throws Exception {
        robot.clickOn(".global-search").write("Descartes");
        OnFx.waitUntil(15, () -> robot.lookup(".search-results")
                .tryQueryAs(ListView.class).map(list -> !list.getItems().isEmpty()).orElse(false));
        ListView<?> results = OnFx.get(() -> robot.lookup(".search-results").queryAs(ListView.class));
        assertThat(OnFx.get(() -> results.getItems().stream().map(line -> (SearchViewModel.Line) line)
                .filter(line -> !line.isHeading()).map(line -> line.hit().title()).toList()))
                .contains("Descartes Class: first immersive stay — Louis-le-Grand",
                        "Descartes Class: first immersive stay — Henri-IV");

        // Down arrow to the first hit, Enter opens its meeting record.
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(javafx.scene.input.KeyCode.DOWN);
        OnFx.waitUntil(5, () -> results.getSelectionModel().getSelectedItem() != null);
        robot.type(javafx.scene.input.KeyCode.ENTER);
        OnFx.waitUntil(15, () -> robot.lookup(".meeting-record .notes-area")
                .tryQueryAs(TextArea.class).map(area -> area.getText().contains("Descartes Class")).orElse(false));
    }
}
