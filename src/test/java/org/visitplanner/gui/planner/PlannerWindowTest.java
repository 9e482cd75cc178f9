package org.visitplanner.gui.planner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.visitplanner.app.Services;
import org.visitplanner.app.VisitPlannerApp;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.logic.settings.UserSettings;
import org.visitplanner.model.AllowedDays;
import org.visitplanner.model.EventKind;
import org.visitplanner.model.Institution;
import org.visitplanner.model.Trip;
import org.visitplanner.model.VisitToPlace;
import org.visitplanner.support.OnFx;
import org.visitplanner.support.RunningApp;
import org.visitplanner.support.SampleVisits;

/**
 * Plan for me through the real window, headless: the "To place" list beside the week, the shortcut, ghosts over the
 * week while it solves (the window still answers), Stop, the explanation, Accept as one step of Edit → Undo, and the
 * visit dialog's checks; in Chinese too.
 */
@Tag("ui")
class PlannerWindowTest {

    @TempDir
    Path temp;

    private final FxRobot robot = new FxRobot();
    private javafx.application.Application app;

    /** A trip in 2030 holding the sample's visits (none of its events would be past), opened in the window. */
    private void start(Locale language, boolean withAnImpossibleVisit) throws Exception {
        Path data = temp.resolve("data");
        try (Services services = Services.open(data)) {
            Trip trip = SampleVisits.loadInto(services, LocalDate.of(2030, 12, 9));
            if (withAnImpossibleVisit) {
                Institution albert = services.institutions().findAll().stream()
                        .filter(i -> i.officialName().equals("Albert School")).findFirst().orElseThrow();
                // Five hours after 14:00 where the school closes at 18:00.
                services.planner().addVisit(new VisitToPlace(0, trip.id(), albert.id(), null, EventKind.MEETING,
                        "Programme presentation", 300, new AllowedDays(Set.of(), EnumSet.of(DayOfWeek.FRIDAY)),
                        LocalTime.of(14, 0), null, null, null, null, null, null, List.of(), 0)).apply();
            }
            UserSettings.load(data).setLastTripId(trip.id());
        }
        RunningApp.primaryStage();
        app = FxToolkit.setupApplication(() -> new VisitPlannerApp(data, language));
        OnFx.waitUntil(() -> visitsToPlace() == (withAnImpossibleVisit ? 19 : 18));
    }

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
            FxToolkit.cleanupStages();
        }
        Messages.setLocale(Locale.ENGLISH);
    }

    private int visitsToPlace() {
        return OnFx.get(() -> robot.lookup("#visitList").tryQuery().map(list -> ((ListView<?>) list).getItems().size())
                .orElse(-1));
    }

    private long ghosts() {
        return OnFx.get(() -> robot.lookup(".schedule-ghost").queryAll().size());
    }

    private long events() {
        return OnFx.get(() -> robot.lookup(".schedule-event").queryAll().stream()
                .filter(n -> !n.getStyleClass().contains("schedule-ghost")).count());
    }

    private boolean visible(String id) {
        return OnFx.get(() -> robot.lookup(id).tryQuery().map(n -> visibleInScene(n)).orElse(false));
    }

    private static boolean visibleInScene(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    /** The list's cell showing the visit of that title, if it is on screen. */
    private java.util.Optional<ListCell<?>> shownCell(String title) {
        return robot.lookup("#visitList .list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> c.isVisible() && c.getItem() instanceof PlannerViewModel.VisitRow row
                        && row.title().equals(title))
                .<ListCell<?>>map(c -> c).findFirst();
    }

    private String text(String id) {
        return OnFx.get(() -> robot.lookup(id).queryAs(Labeled.class).getText());
    }

    private void press(String id) {
        OnFx.waitUntil(() -> visible(id) && !robot.lookup(id).query().isDisabled());
        Node target = OnFx.get(() -> robot.lookup(id).query());
        robot.clickOn(target);
    }

    @Test
    void planForMeShowsGhostsWhileItSolvesStopsAtOnceAndAcceptIsOneUndoableStep() throws Exception {
        start(Locale.ENGLISH, false);
        assertThat(events()).isZero();
        OnFx.waitUntil(() -> visible("#planButton")); // the panel opened by itself: there is something to place

        Node week = OnFx.get(() -> robot.lookup(".schedule-view").query());
        robot.clickOn(week);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.P).release(KeyCode.P, KeyCode.SHIFT, KeyCode.CONTROL);
        OnFx.waitUntil(() -> ghosts() > 0 && visible("#stopButton"));

        // The window answers while it solves: the day view and back.
        ToggleButton day = OnFx.get(() -> robot.lookup("#dayButton").queryAs(ToggleButton.class));
        robot.clickOn(day);
        OnFx.waitUntil(() -> robot.lookup("#dayButton").queryAs(ToggleButton.class).isSelected());
        ToggleButton weekButton = OnFx.get(() -> robot.lookup("#weekButton").queryAs(ToggleButton.class));
        robot.clickOn(weekButton);
        OnFx.waitUntil(() -> robot.lookup("#weekButton").queryAs(ToggleButton.class).isSelected());

        press("#stopButton");
        OnFx.waitUntil(() -> visible("#acceptButton") && !robot.lookup("#acceptButton").query().isDisabled());
        assertThat(text("#summaryLabel")).startsWith("18 of 18 placed. Every rule holds.")
                .contains("(Stopped early.)");
        assertThat(text("#travelLabel")).startsWith("Travel: ");
        assertThat(OnFx.get(() -> robot.lookup((Label l) -> "Less travel".equals(l.getText())).tryQuery()
                .isPresent())).isTrue();
        assertThat(ghosts()).isEqualTo(18);

        press("#acceptButton");
        OnFx.waitUntil(() -> events() == 18 && ghosts() == 0 && visitsToPlace() == 0);

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        OnFx.waitUntil(() -> events() == 0 && visitsToPlace() == 18);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        OnFx.waitUntil(() -> events() == 18 && visitsToPlace() == 0);
    }

    @Test
    void anEventIsPinnedFromTheWeeksMenuAsOneUndoableStep() throws Exception {
        start(Locale.ENGLISH, false);
        press("#planButton");
        OnFx.waitUntil(() -> visible("#stopButton"));
        press("#stopButton");
        press("#acceptButton");
        OnFx.waitUntil(() -> events() == 18 && ghosts() == 0);

        // A future event without a meeting record may move when the rest is re-planned, until she pins it.
        assertThat(pinItemOfFirstEvent()).isFalse();
        robot.clickOn(OnFx.get(() -> javafx.stage.Window.getWindows().stream()
                .filter(w -> w instanceof javafx.scene.control.ContextMenu && w.isShowing())
                .flatMap(w -> w.getScene().getRoot().lookupAll(".check-menu-item").stream()).findFirst()
                .orElseThrow()));
        OnFx.waitUntil(() -> robot.lookup("#statusLabel").queryAs(Label.class).getText()
                .endsWith("stays where it is when the rest is re-planned."));
        assertThat(pinItemOfFirstEvent()).isTrue();
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        OnFx.waitUntil(() -> robot.lookup("#statusLabel").queryAs(Label.class).getText().startsWith("Undone: pin"));
        assertThat(pinItemOfFirstEvent()).isFalse();
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
    }

    /** Right-clicks the week's first event and returns whether its pin item is ticked, once it has been read. */
    private boolean pinItemOfFirstEvent() {
        Node first = OnFx.get(() -> robot.lookup(".schedule-event").queryAll().stream()
                .filter(n -> !n.getStyleClass().contains("schedule-ghost")).findFirst().orElseThrow());
        robot.clickOn(first);
        // What the system sends on a right click (headless, the mouse robot makes no menu request).
        OnFx.run(() -> {
            javafx.geometry.Bounds local = first.getBoundsInLocal();
            javafx.geometry.Point2D screen = first.localToScreen(local.getCenterX(), local.getCenterY());
            first.fireEvent(new javafx.scene.input.ContextMenuEvent(
                    javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, local.getCenterX(), local.getCenterY(),
                    screen.getX(), screen.getY(), false, null));
        });
        OnFx.waitUntil(() -> pinItem().map(item -> !item.isDisable()).orElse(false));
        return OnFx.get(() -> pinItem().orElseThrow().isSelected());
    }

    private java.util.Optional<javafx.scene.control.CheckMenuItem> pinItem() {
        return javafx.stage.Window.getWindows().stream()
                .filter(w -> w instanceof javafx.scene.control.ContextMenu && w.isShowing())
                .flatMap(w -> ((javafx.scene.control.ContextMenu) w).getItems().stream())
                .filter(i -> i instanceof javafx.scene.control.CheckMenuItem
                        && "Keep in place when re-planning".equals(i.getText()))
                .map(i -> (javafx.scene.control.CheckMenuItem) i).findFirst();
    }

    @Test
    void discardLeavesEverythingAsItWas() throws Exception {
        start(Locale.ENGLISH, false);
        press("#planButton");
        OnFx.waitUntil(() -> visible("#stopButton"));
        press("#stopButton");
        OnFx.waitUntil(() -> visible("#discardButton"));
        press("#discardButton");
        OnFx.waitUntil(() -> ghosts() == 0 && visible("#visitList"));
        assertThat(events()).isZero();
        assertThat(visitsToPlace()).isEqualTo(18);
    }

    @Test
    void aVisitTypedWrongKeepsItsTextAndSaysWhyUntilItIsRight() throws Exception {
        start(Locale.ENGLISH, false);
        press("#addButton");
        OnFx.waitUntil(() -> robot.lookup("#minutesField").tryQuery().isPresent());
        TextField title = OnFx.get(() -> robot.lookup("#titleField").queryAs(TextField.class));
        TextField minutes = OnFx.get(() -> robot.lookup("#minutesField").queryAs(TextField.class));
        TextField days = OnFx.get(() -> robot.lookup("#daysField").queryAs(TextField.class));
        robot.clickOn(title).write("Campus tour");
        robot.clickOn(minutes);
        OnFx.run(minutes::selectAll);
        robot.write("an hour");
        robot.clickOn(days).write("mardi");
        OnFx.waitUntil(() -> "Understood: Tuesday".equals(robot.lookup("#daysUnderstood").queryAs(Label.class)
                .getText()));
        Button save = OnFx.get(() -> robot.lookup((Button b) -> "Save".equals(b.getText())).queryButton());
        robot.clickOn(save);
        OnFx.waitUntil(() -> robot.lookup("#minutesMessage").queryAs(Label.class).getText()
                .contains("“an hour” is not a duration"));
        String typed = OnFx.get(minutes::getText);
        assertThat(typed).isEqualTo("an hour");

        OnFx.run(() -> minutes.setText("90"));
        robot.clickOn(save);
        OnFx.waitUntil(() -> visitsToPlace() == 19);
        // The new visit is shown and selected in the list, its wish said in words.
        OnFx.waitUntil(() -> shownCell("Campus tour").isPresent());
        List<String> lines = OnFx.get(() -> shownCell("Campus tour").orElseThrow().lookupAll(".label").stream()
                .map(n -> ((Label) n).getText()).toList());
        assertThat(lines).contains("Campus tour", "Tuesday");
        assertThat(OnFx.get(() -> shownCell("Campus tour").orElseThrow().isSelected())).isTrue();
    }

    @Test
    void theExplanationSpeaksChinese() throws Exception {
        start(Locale.CHINESE, true);
        press("#planButton");
        OnFx.waitUntil(() -> visible("#stopButton"));
        press("#stopButton");
        OnFx.waitUntil(() -> visible("#acceptButton"));
        assertThat(text("#summaryLabel")).startsWith("已安排18/19项。");
        assertThat(OnFx.get(() -> robot.lookup((Label l) -> "星期五开放时间太短，放不下5小时".equals(l.getText()))
                .tryQuery().isPresent())).isTrue();
        assertThat(OnFx.get(() -> robot.lookup((Label l) -> "减少交通".equals(l.getText())).tryQuery()
                .isPresent())).isTrue();
    }
}
