package org.visitplanner.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;

import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.visitplanner.app.VisitPlannerApp;
import org.visitplanner.gui.common.TextFits;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.support.OnFx;
import org.visitplanner.support.RunningApp;

/** The window, headless: it opens on the sample trip of a fresh data directory. */
@Tag("ui")
class MainWindowTest {

    @TempDir
    Path dataDirectory;

    private final FxRobot robot = new FxRobot();
    private Stage stage;
    private javafx.application.Application app;

    @BeforeEach
    void startTheApp() throws Exception {
        stage = RunningApp.primaryStage();
        app = FxToolkit.setupApplication(() -> new VisitPlannerApp(dataDirectory, Locale.ENGLISH));
    }

    @AfterEach
    void stopTheApp() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        Messages.setLocale(Locale.ENGLISH);
    }

    @Test
    void opensOnTheSampleTripWithMondaysFirstEvent() throws Exception {
        OnFx.waitUntil(() -> robot.lookup(".schedule-event").queryAll().size() == 18);
        OnFx.run(() -> assertFirstWeek());
    }

    private void assertFirstWeek() {
        assertThat(stage.getTitle()).isEqualTo("Visit Planner");
        Label monday = robot.lookup(".day-header").queryAs(Label.class);
        assertThat(monday.getText()).isIn("Monday 8 December", "Mon 8");
        Label firstTitle = robot.lookup(".event-title").queryAs(Label.class);
        // Four events share this title: the block says at which institution.
        assertThat(firstTitle.getProperties().get(TextFits.FULL_TEXT))
                .isEqualTo("Polytechnique · Strategic partnership review");
        assertThat(firstTitle.getText()).startsWith("Polytechnique");
        assertThat(firstTitle.isVisible()).isTrue();
        // The first event sits in Monday's column, left of Tuesday's first event.
        assertThat(firstTitle.localToScene(0, 0).getX())
                .isLessThan(robot.lookup(".event-title").queryAllAs(Label.class).stream()
                        .filter(l -> l.getText().startsWith("Dual-degree")).findFirst().orElseThrow()
                        .localToScene(0, 0).getX());
        assertThat(robot.lookup(".data-location").queryAs(Label.class).getText())
                .contains(dataDirectory.resolve("visit-planner.mv.db").toString());
    }

    @Test
    void theInstitutionsViewListsTheElevenInstitutions() throws Exception {
        OnFx.waitUntil(() -> robot.lookup(".schedule-event").tryQuery().isPresent());
        robot.clickOn(OnFx.<javafx.scene.Node>get(() -> robot.lookup("#navInstitutions").query()));
        OnFx.waitUntil(() -> robot.lookup(".institutions-table").tryQuery().isPresent()
                && robot.lookup(".institutions-table").queryAs(TableView.class).getItems().size() == 11);
        OnFx.run(() -> {
            TableView<?> table = robot.lookup(".institutions-table").queryAs(TableView.class);
            assertThat(table.getItems()).hasSize(11);
            assertThat(robot.lookup("École des Ponts et Chaussées").tryQuery()).isPresent();
            assertThat(robot.lookup("巴黎路桥学院").tryQuery()).isPresent();
        });
    }

    @Test
    void thePeopleViewShowsTheDelegationAndTheContacts() throws Exception {
        OnFx.waitUntil(() -> robot.lookup(".schedule-event").tryQuery().isPresent());
        robot.clickOn(OnFx.<javafx.scene.Node>get(() -> robot.lookup("#navPeople").query()));
        OnFx.waitUntil(() -> !robot.lookup(".people-view .table-view").queryAll().isEmpty()
                && robot.lookup(".people-view .table-view").queryAllAs(TableView.class).stream()
                        .allMatch(t -> !t.getItems().isEmpty()));
        OnFx.run(() -> assertThat(robot.lookup(".people-view .table-view").queryAllAs(TableView.class))
                .extracting(t -> t.getItems().size()).containsExactly(4, 12));
    }
}
