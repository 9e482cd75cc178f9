package org.visitplanner.gui.trip;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

import org.controlsfx.control.CheckListView;
import org.controlsfx.control.SearchableComboBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.visitplanner.app.Services;
import org.visitplanner.app.VisitPlannerApp;
import org.visitplanner.db.DatabaseDump;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.model.Event;
import org.visitplanner.model.Member;
import org.visitplanner.model.Trip;
import org.visitplanner.model.TripSummary;
import org.visitplanner.support.OnFx;
import org.visitplanner.support.RunningApp;

/** New trip…, Trip settings…, Duplicate trip… and Delete trip…, driven through the real window. */
@Tag("ui")
class TripWindowTest {

    @TempDir
    Path temp;

    private final FxRobot robot = new FxRobot();
    private Path data;
    private javafx.application.Application app;
    private String dumpBefore;

    @BeforeEach
    void startOnTheSample() throws Exception {
        data = temp.resolve("data");
        try (Services services = Services.open(data)) {
            services.sampleTrip().ensureLoaded();
            services.search().catchUp();
            dumpBefore = DatabaseDump.text(services.database());
        }
        RunningApp.primaryStage();
        app = FxToolkit.setupApplication(() -> new VisitPlannerApp(data, Locale.ENGLISH));
        OnFx.waitUntil(() -> robot.lookup(".schedule-event").queryAll().size() == 18);
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        Messages.setLocale(Locale.ENGLISH);
    }

    /** The data as it is once the window is closed (the window holds the file while it is open). */
    private <T> T afterClosing(java.util.function.Function<Services, T> read) throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        app = FxToolkit.setupApplication(() -> new javafx.application.Application() {
            @Override
            public void start(javafx.stage.Stage stage) {
            }
        });
        try (Services services = Services.open(data)) {
            services.search().catchUp();
            return read.apply(services);
        }
    }

    private <T extends Node> T node(String query, Class<T> type) {
        return OnFx.get(() -> robot.lookup(query).queryAs(type));
    }

    private boolean shows(String text) {
        return OnFx.get(() -> robot.lookup((Labeled l) -> text.equals(l.getText()) && l.isVisible()
                && l.getScene() != null && l.getScene().getWindow() != null && l.getScene().getWindow().isShowing())
                .tryQuery().isPresent());
    }

    /** Whether a window (a dialog) with this title is open. */
    private boolean dialog(String title) {
        return OnFx.get(() -> javafx.stage.Window.getWindows().stream()
                .anyMatch(w -> w instanceof javafx.stage.Stage stage
                        && title.equals(stage.getTitle()) && stage.isShowing()));
    }

    private Button button(String text) {
        OnFx.waitUntil(() -> robot.lookup((Button b) -> text.equals(b.getText()) && b.isVisible()
                && b.getScene().getWindow().isShowing()).tryQuery().isPresent());
        return OnFx.get(() -> robot.lookup((Button b) -> text.equals(b.getText()) && b.isVisible()
                && b.getScene().getWindow().isShowing()).queryButton());
    }

    private void type(String fieldQuery, String text) {
        TextField field = node(fieldQuery, TextField.class);
        robot.clickOn(field);
        OnFx.run(field::selectAll);
        robot.write(text);
        OnFx.waitUntil(() -> text.equals(field.getText()));
    }

    private String currentTripName() {
        return OnFx.get(() -> {
            TripSummary chosen = robot.lookup("#tripPicker").<ComboBox<TripSummary>>query().getValue();
            return chosen == null || chosen.trip() == null ? null : chosen.trip().name();
        });
    }

    private long tripsInTheBox() {
        return OnFx.get(() -> robot.lookup("#tripPicker").<ComboBox<TripSummary>>query().getItems().stream()
                .filter(s -> s.trip() != null).count());
    }

    private void openFileMenu(String item) {
        robot.clickOn("File");
        robot.clickOn(item);
    }

    @Test
    void newTripAsksForItsSettingsKeepsWrongDaysAsTypedAndOpensOnAnEmptyWeek() throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.N).release(KeyCode.N, KeyCode.SHIFT, KeyCode.CONTROL);
        OnFx.waitUntil(() -> dialog("New trip"));
        // Venue zone from the first institution (in France), home zone from the latest trip, home city named in
        // each language.
        assertThat(OnFx.get(() -> robot.lookup("#venueZoneField").<SearchableComboBox<ZoneId>>query().getValue()))
                .isEqualTo(ZoneId.of("Europe/Paris"));
        assertThat(OnFx.get(() -> node("#cityChineseField", TextField.class).getText())).isEqualTo("上海");
        Button create = button("Create trip");
        assertThat(OnFx.get(create::isDisabled)).isTrue(); // no name yet

        type("#nameField", "Spring visit to Lyon");
        type("#firstDayField", "2026-04-06");
        type("#lastDayField", "2026-04-02");
        OnFx.waitUntil(() -> node("#lastDayMessage", Label.class).getText().contains("comes before the first day"));
        assertThat(OnFx.get(create::isDisabled)).isTrue();
        assertThat(OnFx.get(() -> node("#lastDayField", TextField.class).getText())).isEqualTo("2026-04-02");
        type("#lastDayField", "10/4/2026");
        OnFx.waitUntil(() -> node("#lastDayMessage", Label.class).getText().isEmpty());
        assertThat(OnFx.get(() -> node(".days-summary", Label.class).getText())).startsWith("5 days: Monday 6 April");

        OnFx.run(() -> robot.lookup("#homeZoneField").<SearchableComboBox<ZoneId>>query()
                .setValue(ZoneId.of("Asia/Tokyo")));
        assertThat(OnFx.get(() -> node("#cityChineseField", TextField.class).getText())).isEqualTo("东京");
        OnFx.run(() -> {
            CheckListView<Member> members = robot.lookup("#membersList").query();
            members.getCheckModel().check(0);
            members.getCheckModel().check(2);
        });
        robot.clickOn(create);

        OnFx.waitUntil(() -> "Spring visit to Lyon".equals(currentTripName()));
        OnFx.waitUntil(() -> node(".empty-trip", Node.class).isVisible());
        assertThat(shows("This trip has no events yet")).isTrue();
        assertThat(button("Import a calendar…")).isNotNull();
        assertThat(tripsInTheBox()).isEqualTo(2);
        robot.clickOn(button("New event"));
        OnFx.waitUntil(() -> dialog("New event"));
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);

        Trip created = afterClosing(services -> services.trips().findAll().stream().map(TripSummary::trip)
                .filter(t -> t.name().equals("Spring visit to Lyon")).findFirst().orElseThrow());
        assertThat(created.firstDay()).isEqualTo(LocalDate.of(2026, 4, 6));
        assertThat(created.lastDay()).isEqualTo(LocalDate.of(2026, 4, 10));
        assertThat(created.homeZone()).isEqualTo(ZoneId.of("Asia/Tokyo"));
        assertThat(created.homeCity().chinese()).isEqualTo("东京");
    }

    @Test
    void theTripBoxOffersANewTripFirst() {
        robot.clickOn("#tripPicker");
        OnFx.waitUntil(() -> robot.lookup(".list-cell").queryAllAs(javafx.scene.control.ListCell.class).stream()
                .anyMatch(c -> "New trip…".equals(c.getText())));
        robot.clickOn(OnFx.get(() -> robot.lookup(".list-cell").queryAllAs(javafx.scene.control.ListCell.class)
                .stream().filter(c -> "New trip…".equals(c.getText())).findFirst().orElseThrow()));
        OnFx.waitUntil(() -> dialog("New trip"));
        robot.clickOn(button("Cancel"));
        OnFx.waitUntil(() -> !dialog("New trip"));
        assertThat(currentTripName()).startsWith("SJTU / SPEIT");
        assertThat(tripsInTheBox()).isEqualTo(1);
    }

    @Test
    void movingTheFirstDayOffersToMoveTheEventsAndUndoPutsThemBack() throws Exception {
        List<java.time.LocalDateTime> startsBefore;
        try (Services services = Services.inMemory("starts")) {
            services.sampleTrip().ensureLoaded();
            startsBefore = services.events().findByTrip(services.trips().findSample().orElseThrow().id()).stream()
                    .map(Event::start).toList();
        }
        openFileMenu("Trip settings…");
        OnFx.waitUntil(() -> dialog("Trip settings"));
        type("#nameField", "Delegation, postponed");
        type("#firstDayField", "15 December 2025");
        // The last day follows the first: the trip keeps its five days.
        OnFx.waitUntil(() -> "19 December 2025".equals(node("#lastDayField", TextField.class).getText()));
        robot.clickOn(button("Save"));
        OnFx.waitUntil(() -> shows("Move the events"));
        robot.clickOn(button("Move the events"));
        OnFx.waitUntil(() -> "Delegation, postponed".equals(currentTripName()));
        OnFx.waitUntil(() -> node(".status-message", Label.class).getText().contains("moved its events by 7 days"));
        OnFx.waitUntil(() -> robot.lookup(".day-header").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().contains("15")));

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        OnFx.waitUntil(() -> currentTripName() != null && currentTripName().startsWith("SJTU / SPEIT"));
        List<Object> after = afterClosing(services -> {
            Trip trip = services.trips().findSample().orElseThrow();
            return List.of(trip.name(), trip.firstDay(), trip.lastDay(),
                    services.events().findByTrip(trip.id()).stream().map(Event::start).toList());
        });
        assertThat(after).containsExactly("SJTU / SPEIT delegation to France, 8–12 December 2025",
                LocalDate.of(2025, 12, 8), LocalDate.of(2025, 12, 12), startsBefore);
    }

    @Test
    void keepingTheEventsWhereTheyAreLeavesThemOutsideTheNewDaysAndSaysSo() throws Exception {
        openFileMenu("Trip settings…");
        OnFx.waitUntil(() -> dialog("Trip settings"));
        type("#lastDayField", "10 December 2025");
        OnFx.waitUntil(() -> node(".trip-note", Label.class).getText()
                .contains("outside the new days: they stay, and the checks list them"));
        robot.clickOn(button("Save"));
        OnFx.waitUntil(() -> OnFx.get(() -> robot.lookup(".problem-list").queryListView().getItems().stream()
                .anyMatch(row -> row.toString().contains("outside the trip’s days"))));
        List<Event> events = afterClosing(services -> services.events().findByTrip(
                services.trips().findSample().orElseThrow().id()));
        assertThat(events).hasSize(18).anyMatch(e -> e.day().equals(LocalDate.of(2025, 12, 12)));
    }

    @Test
    void duplicateMakesATemplateForNewDatesAndShowsIt() throws Exception {
        openFileMenu("Duplicate trip…");
        OnFx.waitUntil(() -> dialog("Duplicate trip"));
        assertThat(OnFx.get(() -> node("#nameField", TextField.class).getText()))
                .isEqualTo("Copy of SJTU / SPEIT delegation to France, 8–12 December 2025");
        assertThat(OnFx.get(() -> node("#placesPane", Node.class).isVisible())).isFalse();
        type("#nameField", "Delegation 2026");
        type("#firstDayField", "2026-12-07");
        OnFx.waitUntil(() -> "11 December 2026".equals(node("#lastDayField", TextField.class).getText()));
        robot.clickOn(button("Duplicate"));
        OnFx.waitUntil(() -> "Delegation 2026".equals(currentTripName()));
        OnFx.waitUntil(() -> robot.lookup(".schedule-event").queryAll().size() == 18);
        assertThat(tripsInTheBox()).isEqualTo(2);
        int meetings = afterClosing(services -> services.trips().contents(services.trips().findAll().stream()
                .map(TripSummary::trip).filter(t -> t.name().equals("Delegation 2026")).findFirst().orElseThrow()
                .id()).meetingRecords());
        assertThat(meetings).isZero();
    }

    @Test
    void deleteNamesWhatGoesBacksUpAndUndoBringsEverythingBack() throws Exception {
        openFileMenu("Delete trip…");
        OnFx.waitUntil(() -> shows("Delete the trip “SJTU / SPEIT delegation to France, 8–12 December 2025”?"));
        assertThat(OnFx.get(() -> robot.lookup(".dialog-pane .content").queryAs(Label.class).getText()))
                .contains("18 events", "12 meeting records", "A backup of your data is saved first");
        robot.clickOn(button("Delete trip"));
        OnFx.waitUntil(() -> tripsInTheBox() == 0);
        OnFx.waitUntil(() -> node(".status-message", Label.class).getText().startsWith("Deleted the trip"));
        try (Stream<Path> backups = Files.list(data.resolve("backups"))) {
            assertThat(backups.map(p -> p.getFileName().toString())).anyMatch(n -> n.endsWith("-before-delete.zip"));
        }

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        OnFx.waitUntil(() -> tripsInTheBox() == 1);
        OnFx.waitUntil(() -> currentTripName() != null && currentTripName().startsWith("SJTU / SPEIT"));
        OnFx.waitUntil(() -> robot.lookup(".schedule-event").queryAll().size() == 18);
        String dumpAfter = afterClosing(services -> DatabaseDump.text(services.database()));
        assertThat(dumpAfter).isEqualTo(dumpBefore);
    }
}
