package org.visitplanner.gui.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.Map;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.visitplanner.cli.VisitPlannerCommand;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.logic.settings.UserSettings;
import org.visitplanner.logic.team.TeamAddress;
import org.visitplanner.support.OnFx;
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
    private String previousPgpass;

    @AfterEach
    void restore() {
        if (previousPgpass == null) {
            System.clearProperty("org.postgresql.pgpassfile");
        } else {
            System.setProperty("org.postgresql.pgpassfile", previousPgpass);
        }
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
        Path pgpass = temp.resolve("pgpass");
        Files.writeString(pgpass, "127.0.0.1:" + server.port() + ":*:postgres:" + TestPostgres.PASSWORD + "\n"
                + "127.0.0.1:" + server.port() + ":*:" + role + ":" + ROLE_PASSWORD + "\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(pgpass, PosixFilePermissions.fromString("rw-------"));
        previousPgpass = System.getProperty("org.postgresql.pgpassfile");
        System.setProperty("org.postgresql.pgpassfile", pgpass.toString());
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

    private static MenuItem menuItem(RunningApp app, String id) {
        MenuBar bar = (MenuBar) app.root().lookup(".menu-bar");
        return bar.getMenus().stream().flatMap(menu -> menu.getItems().stream())
                .filter(item -> id.equals(item.getId())).findFirst().orElseThrow(() -> new AssertionError(id));
    }
}
