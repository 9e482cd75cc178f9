package org.visitplanner.gui.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.controlsfx.control.NotificationPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.visitplanner.cli.VisitPlannerCommand;
import org.visitplanner.gui.directory.InstitutionsViewModel;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.logic.settings.UserSettings;
import org.visitplanner.logic.team.TeamAddress;
import org.visitplanner.support.OnFx;
import org.visitplanner.support.PgPassFile;
import org.visitplanner.support.RunningApp;
import org.visitplanner.support.TestPostgres;

/**
 * The window on a team database as a colleague who may only read: it says so in the status bar, offers no edits,
 * and still shows the week and its meeting records. Tagged {@code team} only: it needs the PostgreSQL server of the
 * team tests (and runs with them in {@code mvn verify}, headless like every window test).
 */
@Tag("team")
class ReaderWindowTest {

    private static final String ROLE_PASSWORD = "reader-secret";

    @TempDir
    Path temp;

    private final TestPostgres server = TestPostgres.shared();
    @RegisterExtension
    final PgPassFile pgpass = new PgPassFile(server);

    @AfterEach
    void restore() {
        Messages.setLocale(Locale.ENGLISH);
    }

    private void command(String... args) {
        StringWriter err = new StringWriter();
        int code = VisitPlannerCommand.execute(args, new PrintWriter(new StringWriter()), new PrintWriter(err),
                Map.of(), (directory, language) -> {
                    throw new AssertionError("no window");
                });
        assertThat(code).as(err.toString()).isZero();
    }

    @Test
    void aReaderSeesTheWeekAndThatTheDatabaseIsReadOnlyAndNoEditIsOffered() throws Exception {
        TeamAddress team = server.migratedDatabase();
        String role = "reader_" + team.database();
        pgpass.addLogin(role, ROLE_PASSWORD);
        Path data = temp.resolve("data");
        command("--data-dir", data.toString(), "--database", team.toString(), "sample");
        command("--data-dir", data.toString(), "team-setup", "--database", team.toString(), "--reader", role);
        server.admin("ALTER ROLE " + role + " PASSWORD '" + ROLE_PASSWORD + "'");
        TeamAddress asReader = new TeamAddress(team.host(), team.port(), team.database(), role);
        UserSettings.load(data).setTeamDatabase(asReader);

        try (RunningApp app = RunningApp.start(data, Locale.ENGLISH)) {
            // The week shows (RunningApp waited for its 18 events); the status bar says what may be done.
            assertThat(OnFx.get(() -> ((Label) app.root().lookup("#dataLocationLabel")).getText())).isEqualTo(
                    Messages.get("status.dataLocation", Messages.get("team.status.readOnly", asReader.label())));
            assertThat(OnFx.get(() -> app.root().lookup("#newEventButton").isDisabled())).isTrue();
            assertThat(OnFx.get(() -> ((Button) app.root().lookup("#newEventButton")).getText()))
                    .isEqualTo(Messages.get("itinerary.newEvent"));
            for (String id : new String[] {"newTripItem", "tripSettingsItem", "deleteTripItem", "duplicateTripItem",
                    "importItem", "openTripFileItem", "saveTripFileItem", "undoItem", "redoItem"}) {
                assertThat(OnFx.get(() -> menuItem(app, id).isDisable())).as(id).isTrue();
            }

            // The shortcut for a new event says why instead of opening an editor.
            OnFx.run(() -> app.root().lookup("#newEventButton").getScene().getRoot().requestFocus());
            app.shortcut(KeyCode.N);
            OnFx.waitUntil(() -> Messages.get("team.readOnly.notice").equals(
                    ((Label) app.root().lookup("#statusLabel")).getText()));
            // Beside the week, the visits to place can be read, not planned, added or changed.
            for (String id : new String[] {"#planButton", "#addButton", "#acceptButton"}) {
                assertThat(OnFx.get(() -> app.lookup(".planner-pane " + id).isDisabled())).as(id).isTrue();
            }
            TextField dayStart = (TextField) app.lookup(".planner-pane #dayStartField");
            assertThat(OnFx.get(() -> dayStart.isEditable() || dayStart.isDisabled())).isFalse();
            MenuButton more = (MenuButton) app.lookup(".planner-pane #moreButton");
            assertThat(OnFx.get(() -> more.getItems().stream().allMatch(MenuItem::isDisable))).isTrue();

            theDirectoryIsReadOnly(app);
            thePeopleAreReadOnly(app);
            theFollowUpsAreReadOnly(app);
            app.shortcut(KeyCode.DIGIT1);
            OnFx.waitUntil(() -> app.root().lookup("#newEventButton") != null);

            // An event opens to be read: its details show and cannot be changed, and there is nothing to save.
            RunningApp.doubleClick(app.event("Lunch with the ENSTA team"));
            OnFx.waitUntil(() -> RunningApp.find("#titleField") instanceof TextField title
                    && title.getText().equals("Lunch with the ENSTA team"));
            assertThat(OnFx.get(() -> ((TextField) RunningApp.find("#titleField")).isEditable())).isFalse();
            Stage eventDialog = RunningApp.window(Messages.get("itinerary.dialog.editTitle"));
            assertThat(OnFx.get(() -> eventDialog.getScene().getRoot().lookupAll(".button").stream()
                    .filter(button -> Messages.get("itinerary.dialog.save").equals(((Button) button).getText()))
                    .map(Node::isDisabled).toList())).containsExactly(true);
            app.robot.type(KeyCode.ESCAPE);
            OnFx.waitUntil(() -> RunningApp.find("#titleField") == null);

            // A meeting record opens to be read: its notes show and cannot be changed, nothing can be added.
            Node block = app.event("Dual-degree agreement");
            app.robot.clickOn(block);
            app.robot.clickOn(OnFx.get(() -> app.root().lookup("#meetingButton")));
            OnFx.waitUntil(() -> RunningApp.find(".meeting-record .notes-area") instanceof TextArea notes
                    && notes.getText().contains("Dual degree"));
            TextArea notes = (TextArea) RunningApp.find(".meeting-record .notes-area");
            assertThat(OnFx.get(notes::isEditable)).isFalse();
            assertThat(OnFx.get(() -> RunningApp.find("#outcomeSaveButton").isDisabled())).isTrue();
            assertThat(OnFx.get(() -> RunningApp.find("#attachButton").isDisabled())).isTrue();
        }
    }

    /** Institutions can be searched, chosen and read; nothing on the page changes them. */
    private static void theDirectoryIsReadOnly(RunningApp app) {
        app.shortcut(KeyCode.DIGIT2);
        OnFx.waitUntil(() -> app.root().lookup(".institutions-table") instanceof TableView<?> table
                && table.getItems().size() == 11);
        TableView<?> table = (TableView<?>) app.lookup(".institutions-table");
        TextField search = (TextField) app.lookup(".institutions-view .search-field");
        app.robot.clickOn(search).write("Saclay");
        OnFx.waitUntil(() -> table.getItems().size() >= 1 && table.getItems().size() < 11);
        TableRow<?> row = firstRow(table);
        String name = OnFx.get(() -> ((InstitutionsViewModel.Row) row.getItem()).officialName());
        app.robot.clickOn(row);
        TextField officialName = (TextField) app.lookup("#officialNameField");
        OnFx.waitUntil(() -> name.equals(officialName.getText()));

        // The form shows its values as text that can be selected, not changed.
        assertThat(OnFx.get(() -> officialName.isEditable() || officialName.isDisabled())).isFalse();
        app.robot.clickOn(officialName).write("x");
        assertThat(OnFx.get(() -> officialName.getText())).isEqualTo(name);
        OnFx.run(officialName::selectAll);
        assertThat(OnFx.get(() -> officialName.getSelectedText())).isEqualTo(name);
        for (String id : new String[] {"#notesField", "#openingHoursField", "#pasteCoordinatesField"}) {
            assertThat(OnFx.get(() -> ((TextInputControl) app.lookup(id)).isEditable())).as(id).isFalse();
        }
        for (String id : new String[] {"#kindField", "#relationField", "#newButton", "#deleteButton",
                "#addClosureButton", "#editClosureButton", "#deleteClosureButton", "#addContactButton",
                "#editContactButton", "#deleteContactButton", "#addPartnershipButton", "#editPartnershipButton",
                "#deletePartnershipButton"}) {
            assertThat(OnFx.get(() -> app.lookup(id).isDisabled())).as(id).isTrue();
        }

        // Ctrl+N starts no new institution: it says why, and the institution stays shown.
        ctrlNSaysReadOnly(app);
        assertThat(OnFx.get(() -> officialName.getText())).isEqualTo(name);
        assertThat(OnFx.get(() -> table.getSelectionModel().getSelectedItem())).isNotNull();
    }

    /** Members and contacts can be searched and read; none can be added, changed, deleted or taken on the trip. */
    private static void thePeopleAreReadOnly(RunningApp app) {
        app.shortcut(KeyCode.DIGIT3);
        OnFx.waitUntil(() -> app.root().lookupAll(".people-view .table-view").size() == 2
                && app.root().lookupAll(".people-view .table-view").stream()
                        .allMatch(t -> !((TableView<?>) t).getItems().isEmpty()));
        TableView<?> members = (TableView<?>) app.lookup("#memberTable");
        app.robot.clickOn(firstRow(members));
        OnFx.waitUntil(() -> members.getSelectionModel().getSelectedItem() != null);
        TableView<?> contacts = (TableView<?>) app.lookup("#contactTable");
        app.robot.clickOn(firstRow(contacts));
        OnFx.waitUntil(() -> contacts.getSelectionModel().getSelectedItem() != null);
        for (String id : new String[] {"#newMemberButton", "#editMemberButton", "#deleteMemberButton",
                "#newContactButton", "#editContactButton", "#deleteContactButton"}) {
            assertThat(OnFx.get(() -> app.lookup(id).isDisabled())).as(id).isTrue();
        }
        assertThat(OnFx.get(() -> members.getColumns().get(0).isEditable())).as("on the trip").isFalse();
        assertThat(OnFx.get(() -> members.lookupAll(".check-box").stream().allMatch(Node::isDisabled))).isTrue();
        // Enter, which opens a contact to edit it, says why instead.
        long windows = stagesShown();
        app.robot.type(KeyCode.ENTER);
        ctrlNSaysReadOnly(app);
        assertThat(stagesShown()).isEqualTo(windows);
    }

    /** Action items can be filtered, read and opened; none can be ticked done, dropped or reopened. */
    private static void theFollowUpsAreReadOnly(RunningApp app) {
        app.shortcut(KeyCode.DIGIT4);
        OnFx.waitUntil(() -> app.root().lookup(".follow-ups .table-view") instanceof TableView<?> table
                && !table.getItems().isEmpty());
        TableView<?> table = (TableView<?>) app.lookup(".follow-ups .table-view");
        TableRow<?> row = firstRow(table);
        app.robot.clickOn(row);
        OnFx.waitUntil(() -> table.getSelectionModel().getSelectedItem() != null);
        assertThat(OnFx.get(() -> table.lookupAll(".check-box").stream().allMatch(Node::isDisabled))).isTrue();
        assertThat(OnFx.get(() -> row.getContextMenu().getItems().stream()
                .filter(item -> !(item instanceof SeparatorMenuItem)).map(MenuItem::isDisable).toList()))
                .as("open, done, dropped, reopen").containsExactly(false, true, true, true);
        assertThat(OnFx.get(() -> app.lookup(".follow-ups .button").isDisabled())).as("export").isFalse();
        ctrlNSaysReadOnly(app);
    }

    private static long stagesShown() {
        return OnFx.get(() -> Window.getWindows().stream().filter(w -> w instanceof Stage && w.isShowing()).count());
    }

    private static TableRow<?> firstRow(TableView<?> table) {
        return OnFx.get(() -> table.lookupAll(".table-row-cell").stream()
                .map(node -> (TableRow<?>) node).filter(row -> row.getItem() != null).findFirst().orElseThrow());
    }

    /** Ctrl+N on the page shown: the one sentence in the bar over the window, nothing opened. */
    private static void ctrlNSaysReadOnly(RunningApp app) {
        NotificationPane bar = (NotificationPane) app.lookup(".notification-pane");
        OnFx.run(bar::hide);
        OnFx.waitUntil(() -> !bar.isShowing());
        app.shortcut(KeyCode.N);
        OnFx.waitUntil(() -> bar.isShowing()
                && Messages.get("team.readOnly.notice").equals(bar.getText().replace('\n', ' ')));
    }

    private static MenuItem menuItem(RunningApp app, String id) {
        MenuBar bar = (MenuBar) app.root().lookup(".menu-bar");
        return bar.getMenus().stream().flatMap(menu -> menu.getItems().stream())
                .filter(item -> id.equals(item.getId())).findFirst().orElseThrow(() -> new AssertionError(id));
    }
}
