package org.visitplanner.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javafx.application.Application;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.visitplanner.app.Services;
import org.visitplanner.app.VisitPlannerApp;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.model.ActionItem;
import org.visitplanner.model.Event;
import org.visitplanner.support.OnFx;
import org.visitplanner.support.RunningApp;

/**
 * Dates typed as people of each language type them, in the real window: what the field understood is shown in words
 * beside it, an impossible date is marked with the reason and nothing is saved, and the built-in controls (dialog
 * buttons, text menus, the calendar) speak the chosen language — also after View → Language.
 */
@Tag("ui")
class TypedDatesWindowTest {

    private static final String DUAL_DEGREE = "Dual-degree agreement: curriculum, selection, schedule";

    @TempDir
    Path dataDirectory;

    private final FxRobot robot = new FxRobot();
    private Application app;

    private void start(Locale language) throws Exception {
        RunningApp.primaryStage();
        app = FxToolkit.setupApplication(() -> new VisitPlannerApp(dataDirectory, language));
        OnFx.waitUntil(() -> robot.lookup(".schedule-event").queryAll().size() == 18);
    }

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
            FxToolkit.cleanupStages();
        }
        Messages.setLocale(Locale.ENGLISH);
    }

    /** Closes the window (the data is released) and reads the data file. */
    private Services closeAndOpenData() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        app = null;
        return Services.open(dataDirectory);
    }

    // ------------------------------------------------------------------ helpers (the scene is read on the FX thread)

    private <T extends Node> T node(String selector, Class<T> type) {
        OnFx.waitUntil(() -> robot.lookup(selector).tryQuery().isPresent());
        return OnFx.get(() -> type.cast(robot.lookup(selector).query()));
    }

    /** Clicks a node; what is typed next goes to its window. */
    private void click(Node node) {
        robot.targetWindow(OnFx.get(() -> node.getScene().getWindow()));
        robot.clickOn(centre(node));
    }

    /**
     * What the system sends on a right click (headless, the mouse robot makes no menu request): the request for the
     * node's context menu, at its centre.
     */
    private void rightClick(Node node) {
        click(node);
        OnFx.run(() -> {
            Bounds local = node.getBoundsInLocal();
            Point2D screen = node.localToScreen(local.getCenterX(), local.getCenterY());
            node.fireEvent(new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, local.getCenterX(),
                    local.getCenterY(), screen.getX(), screen.getY(), false, null));
        });
    }

    private Point2D centre(Node node) {
        return OnFx.get(() -> {
            Bounds b = node.localToScreen(node.getBoundsInLocal());
            return new Point2D(b.getCenterX(), b.getCenterY());
        });
    }

    private void type(TextInputControl field, String text) {
        click(field);
        OnFx.run(field::selectAll);
        robot.write(text);
        OnFx.waitUntil(() -> field.getText().equals(text));
    }

    /** The block of the event titled {@code title}, whatever its size lets it show (it says its whole title). */
    private Node eventBlock(String title) {
        OnFx.waitUntil(() -> robot.lookup(".schedule-event").queryAll().stream()
                .anyMatch(b -> String.valueOf(b.getAccessibleText()).startsWith(title + ", ")));
        return OnFx.get(() -> robot.lookup(".schedule-event").queryAll().stream()
                .filter(b -> String.valueOf(b.getAccessibleText()).startsWith(title + ", "))
                .findFirst().orElseThrow());
    }

    private String message(String id) {
        return OnFx.get(() -> {
            Label label = robot.lookup(id).queryAs(Label.class);
            return label.isVisible() ? label.getText() : "";
        });
    }

    private void openDualDegreeRecordAtItsActions() {
        click(eventBlock(DUAL_DEGREE));
        click(node("#meetingButton", Button.class));
        OnFx.waitUntil(() -> robot.lookup(".meeting-record .action-list").tryQueryAs(ListView.class)
                .map(list -> list.getItems().size() == 3).orElse(false));
        Node actionsTab = OnFx.get(() -> robot.lookup(".meeting-record .tab").queryAll().stream()
                .filter(tab -> robot.from(tab).lookup(".tab-label").tryQueryAs(Label.class)
                        .map(l -> l.getText().startsWith("Actions") || l.getText().startsWith("待办")).orElse(false))
                .findFirst().orElseThrow());
        click(actionsTab);
        OnFx.waitUntil(() -> robot.lookup("#actionDueField .date-text").tryQuery().map(Node::isVisible)
                .orElse(false));
    }

    private int actionCount() {
        return OnFx.get(() -> robot.lookup(".meeting-record .action-list").queryAs(ListView.class).getItems().size());
    }

    /** The items of the context menu that is showing. */
    private List<String> contextMenuItems() {
        OnFx.waitUntil(() -> Window.getWindows().stream().anyMatch(w -> w instanceof ContextMenu && w.isShowing()));
        return OnFx.get(() -> Window.getWindows().stream().filter(w -> w instanceof ContextMenu && w.isShowing())
                .flatMap(w -> ((ContextMenu) w).getItems().stream()).map(MenuItem::getText)
                .filter(t -> t != null).toList());
    }

    private List<String> dialogButtons() {
        OnFx.waitUntil(() -> robot.lookup(".dialog-pane .button-bar .button").tryQuery().isPresent());
        return OnFx.get(() -> robot.lookup(".dialog-pane .button-bar .button").queryAllAs(Button.class).stream()
                .map(Button::getText).toList());
    }

    // ------------------------------------------------------------------ the tests

    @Test
    void aDueDateTypedInFrenchIsShownInWordsAndSavedAndAnImpossibleOneIsRefusedWithItsReason() throws Exception {
        start(Locale.FRENCH);
        openDualDegreeRecordAtItsActions();

        TextField what = node("#actionTextField", TextField.class);
        TextField due = node("#actionDueField .date-text", TextField.class);
        type(what, "Réserver l’amphithéâtre");
        type(due, "15 janvier 2027");
        OnFx.waitUntil(() -> message("#actionDueMessage").equals("vendredi 15 janvier 2027"));
        click(node("#actionSaveButton", Button.class));
        OnFx.waitUntil(() -> actionCount() == 4);

        type(what, "Envoyer le programme");
        type(due, "31/02/2027");
        OnFx.waitUntil(() -> message("#actionDueMessage").equals("Il n’y a que 28 jours en février 2027."));
        click(node("#actionSaveButton", Button.class));
        OnFx.run(() -> {
            assertThat(actionCount()).isEqualTo(4); // nothing saved
            assertThat(due.getText()).isEqualTo("31/02/2027"); // nothing lost
            assertThat(what.getText()).isEqualTo("Envoyer le programme");
            assertThat(due.getPseudoClassStates()).extracting(Object::toString).contains("danger");
        });

        try (Services services = closeAndOpenData()) {
            List<ActionItem> actions = services.followUps().findAll().stream().map(f -> f.item()).toList();
            assertThat(actions).filteredOn(a -> a.text().equals("Réserver l’amphithéâtre")).singleElement()
                    .extracting(ActionItem::due).isEqualTo(LocalDate.of(2027, 1, 15));
            assertThat(actions).noneMatch(a -> a.text().equals("Envoyer le programme"));
        }
    }

    @Test
    void aDateAndTimesTypedInChineseMoveTheEventThere() throws Exception {
        start(Locale.CHINESE);
        click(eventBlock("Lunch with the ENSTA team"));
        robot.type(KeyCode.ENTER); // opens the event
        TextField day = node("#dateField .date-text", TextField.class);
        OnFx.waitUntil(() -> message("#dateMessage").equals("2025年12月8日 星期一"));

        type(day, "2025年12月10日");
        OnFx.waitUntil(() -> message("#dateMessage").equals("2025年12月10日 星期三"));
        type(node("#startField", TextField.class), "下午2点半");
        OnFx.waitUntil(() -> message("#startMessage").equals("14:30 开始。"));
        type(node("#endField", TextField.class), "16点");
        OnFx.waitUntil(() -> message("#endMessage").equals("16:00 结束。"));
        type(day, "2025年2月30日");
        OnFx.waitUntil(() -> message("#dateMessage").equals("2025年2月只有 28 天。"));
        type(day, "12月10日"); // the trip's year
        OnFx.waitUntil(() -> message("#dateMessage").equals("2025年12月10日 星期三"));

        Button save = OnFx.get(() -> robot.lookup(".event-dialog .button").queryAllAs(Button.class).stream()
                .filter(b -> ButtonBar.getButtonData(b) == ButtonBar.ButtonData.OK_DONE).findFirst().orElseThrow());
        click(save);
        OnFx.waitUntil(() -> robot.lookup("#dateField").tryQuery().isEmpty());
        OnFx.waitUntil(() -> robot.lookup(".schedule-event").queryAll().stream().anyMatch(block -> String.valueOf(
                block.getAccessibleText()).startsWith("Lunch with the ENSTA team, 14:30–16:00")));

        try (Services services = closeAndOpenData()) {
            Event lunch = services.events().findByTrip(services.trips().findSample().orElseThrow().id()).stream()
                    .filter(e -> e.title().equals("Lunch with the ENSTA team")).findFirst().orElseThrow();
            assertThat(lunch.start()).isEqualTo(LocalDateTime.of(2025, 12, 10, 14, 30));
            assertThat(lunch.end()).isEqualTo(LocalDateTime.of(2025, 12, 10, 16, 0));
        }
    }

    @Test
    void theBuiltInControlsSpeakTheChosenLanguageAndFollowASwitch() throws Exception {
        start(Locale.FRENCH);
        TextField search = node(".global-search", TextField.class);
        rightClick(search);
        assertThat(contextMenuItems()).contains("Annuler", "Couper", "Copier", "Coller", "Sélectionner tout");
        robot.type(KeyCode.ESCAPE);

        click(eventBlock("Lunch with the ENSTA team"));
        robot.type(KeyCode.ENTER);
        click(node("#dateField .calendar-button", Node.class));
        OnFx.waitUntil(() -> robot.lookup(".date-picker-popup").tryQuery().isPresent());
        OnFx.run(() -> {
            List<String> texts = robot.lookup(".date-picker-popup .label").queryAllAs(Label.class).stream()
                    .map(Label::getText).toList();
            assertThat(texts).contains("Décembre", "2025"); // the calendar writes its month capitalised
            assertThat(robot.lookup(".date-picker-popup .day-name-cell").queryAll().stream()
                    .map(cell -> ((javafx.scene.control.Labeled) cell).getText()).toList())
                    .startsWith("Lun.", "Mar."); // French weeks start on Monday
        });
        click(OnFx.get(() -> robot.lookup(".date-picker-popup .day-cell").queryAll().stream()
                .filter(cell -> "11".equals(((javafx.scene.control.Labeled) cell).getText())
                        && !cell.getStyleClass().contains("previous-month")
                        && !cell.getStyleClass().contains("next-month")).findFirst().orElseThrow()));
        OnFx.waitUntil(() -> OnFx.get(() -> robot.lookup("#dateField .date-text").queryAs(TextField.class)
                .getText()).equals("11/12/2025") && message("#dateMessage").equals("jeudi 11 décembre 2025"));
        robot.type(KeyCode.ESCAPE); // the dialog closes without saving

        click(eventBlock(DUAL_DEGREE));
        click(node("#meetingButton", Button.class));
        OnFx.waitUntil(() -> robot.lookup(".meeting-record .outcome-list").tryQueryAs(ListView.class)
                .map(list -> list.getItems().size() == 3).orElse(false));
        OnFx.run(() -> robot.lookup(".meeting-record .outcome-list").queryAs(ListView.class).getSelectionModel()
                .select(0));
        click(node("#outcomeDeleteButton", Button.class));
        assertThat(dialogButtons()).containsExactlyInAnyOrder("OK", "Annuler");
        robot.type(KeyCode.ESCAPE);
        OnFx.waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isEmpty());
        OnFx.run(() -> robot.lookup(".meeting-record").query().getScene().getWindow().hide());

        // View → Langue → 中文: the window is rebuilt, and the built-in words follow.
        OnFx.run(() -> {
            RadioMenuItem chinese = robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class).getMenus()
                    .stream().flatMap(m -> m.getItems().stream()).filter(i -> i instanceof javafx.scene.control.Menu)
                    .flatMap(m -> ((javafx.scene.control.Menu) m).getItems().stream())
                    .filter(i -> "中文".equals(i.getText())).map(RadioMenuItem.class::cast).findFirst().orElseThrow();
            chinese.fire();
        });
        OnFx.waitUntil(() -> robot.lookup(".schedule-event").queryAll().size() == 18
                && Messages.locale().getLanguage().equals("zh"));
        TextField chineseSearch = node(".global-search", TextField.class);
        rightClick(chineseSearch);
        assertThat(contextMenuItems()).contains("撤消", "剪切", "复制", "粘贴", "全选");
        robot.type(KeyCode.ESCAPE);

        click(eventBlock(DUAL_DEGREE));
        click(node("#meetingButton", Button.class));
        OnFx.waitUntil(() -> robot.lookup(".meeting-record .outcome-list").tryQueryAs(ListView.class)
                .map(list -> list.getItems().size() == 3).orElse(false));
        OnFx.run(() -> robot.lookup(".meeting-record .outcome-list").queryAs(ListView.class).getSelectionModel()
                .select(0));
        click(node("#outcomeDeleteButton", Button.class));
        assertThat(dialogButtons()).containsExactlyInAnyOrder("确定", "取消");
        robot.type(KeyCode.ESCAPE);
        OnFx.waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isEmpty());
        assertThat(Optional.of(OnFx.get(() -> robot.lookup(".meeting-record .outcome-list").queryAs(ListView.class)
                .getItems().size()))).contains(3);
    }

    @Test
    void aJourneyTimeTypedInHoursIsReadAndOneThatCannotBeReadKeepsSaveOff() throws Exception {
        start(Locale.ENGLISH);
        Node walk = OnFx.get(() -> robot.lookup(".leg").queryAllAs(Label.class).stream()
                .filter(l -> "Walk 10 min".equals(l.getText())).findFirst().orElseThrow());
        click(walk);
        TextField minutes = node("#minutesField", TextField.class);
        Button save = OnFx.get(() -> robot.lookup(".travel-leg-dialog .button").queryAllAs(Button.class).stream()
                .filter(b -> ButtonBar.getButtonData(b) == ButtonBar.ButtonData.OK_DONE).findFirst().orElseThrow());

        type(minutes, "about ten minutes");
        OnFx.waitUntil(() -> message("#minutesMessage").startsWith("“about ten minutes” is not a length of time."));
        OnFx.run(() -> assertThat(save.isDisabled()).isTrue()); // a spinner used to put back its number silently
        type(minutes, "1h30");
        OnFx.waitUntil(() -> message("#minutesMessage").equals("90 minutes.") && !OnFx.get(save::isDisabled));
        click(save);
        OnFx.waitUntil(() -> robot.lookup(".leg").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText() != null && l.getText().contains("90 min")));
    }
}
