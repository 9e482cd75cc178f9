package org.visitplanner.gui.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;
import org.visitplanner.cli.VisitPlannerCommand;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.logic.settings.UserSettings;
import org.visitplanner.logic.team.TeamAddress;
import org.visitplanner.support.OnFx;
import org.visitplanner.support.PgPassFile;
import org.visitplanner.support.RunningApp;
import org.visitplanner.support.TestPostgres;

/**
 * Someone else saves the institution open in the window, on the same team database: a change of another field is
 * kept beside the user's, a change of the same field opens the dialog with both values.
 */
@Tag("ui")
class LiveMergeWindowTest {

    private static final String EIVP = "École des Ingénieurs de la Ville de Paris";

    @TempDir
    Path temp;

    private final TestPostgres server = TestPostgres.shared();
    @RegisterExtension
    final PgPassFile pgpass = new PgPassFile(server);
    private TeamAddress team;

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

    /** The other person's save: their own connection, their own version step. */
    private void theySet(String column, String value) {
        server.run(team, "UPDATE institution SET " + column + " = '" + value + "', version = version + 1 "
                + "WHERE official_name = '" + EIVP.replace("'", "''") + "'");
    }

    private String stored(String column) {
        return server.lines(team, "SELECT " + column + " FROM institution WHERE official_name = '"
                + EIVP.replace("'", "''") + "'").get(0);
    }

    @Test
    void anotherFieldSavedUnderneathIsKeptAndTheSameFieldAsksWithBothValues() throws Exception {
        team = server.migratedDatabase();
        Path data = temp.resolve("data");
        command("--data-dir", data.toString(), "--database", team.toString(), "sample");
        UserSettings.load(data).setTeamDatabase(team);

        try (RunningApp app = RunningApp.start(data, Locale.ENGLISH)) {
            app.shortcut(KeyCode.DIGIT2);
            OnFx.waitUntil(() -> app.root().lookup(".institutions-table") instanceof TableView<?> table
                    && table.getItems().size() == 11);
            app.robot.clickOn(EIVP);
            OnFx.waitUntil(() -> EIVP.equals(text("#officialNameField")));

            // Another field, saved underneath: both changes are kept (the window takes theirs in as soon as the
            // server tells it, or the save meets it and merges; which comes first is the server's timing).
            theySet("website", "https://www.eivp-paris.fr/en");
            app.robot.clickOn("#phoneField").write("+33 1 56 02 61 00").type(KeyCode.ENTER);
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> "+33 1 56 02 61 00".equals(stored("phone")));
            assertThat(stored("website")).isEqualTo("https://www.eivp-paris.fr/en");
            OnFx.waitUntil(() -> "https://www.eivp-paris.fr/en".equals(text("#websiteField")));

            // The same field, saved underneath while the user types it: on leaving the field, the dialog shows
            // theirs and mine; the user keeps both.
            app.robot.clickOn("#notesField").write("Ask for Mr Durand.");
            theySet("notes", "Visitors sign in at the desk.");
            app.robot.clickOn("#cityField");
            OnFx.waitUntil(() -> RunningApp.find(".clash-value") != null);
            Window dialog = OnFx.get(() -> RunningApp.find(".clash-value").getScene().getWindow());
            List<String> shown = OnFx.get(() -> dialog.getScene().getRoot().lookupAll(".label").stream()
                    .map(node -> ((Label) node).getText()).toList());
            assertThat(shown).contains("Visitors sign in at the desk.", "Ask for Mr Durand.",
                    Messages.get("bundle.field.notes"));
            // Sized to its content, inside a 1024 × 700 screen.
            assertThat(OnFx.get(dialog::getWidth)).isLessThanOrEqualTo(1024);
            assertThat(OnFx.get(dialog::getHeight)).isLessThanOrEqualTo(700);
            app.robot.clickOn(button(dialog, Messages.get("live.clashes.combine")));
            OnFx.waitUntil(() -> ((TextArea) dialog.getScene().getRoot().lookup(".clash-value")).getText()
                    .equals("Visitors sign in at the desk.\nAsk for Mr Durand."));
            app.robot.clickOn(button(dialog, Messages.get("live.clashes.save")));
            OnFx.waitUntil(() -> !dialog.isShowing());
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                    () -> "Visitors sign in at the desk.\nAsk for Mr Durand.".equals(stored("notes")));
            OnFx.waitUntil(() -> "Visitors sign in at the desk.\nAsk for Mr Durand.".equals(
                    ((TextArea) RunningApp.find("#notesField")).getText()));
            assertThat(stored("website")).isEqualTo("https://www.eivp-paris.fr/en");
        }
    }

    private static String text(String selector) {
        Node node = RunningApp.find(selector);
        return node instanceof TextField field ? field.getText() : null;
    }

    private static String label(String selector) {
        Node node = RunningApp.find(selector);
        return node instanceof Label label ? label.getText() : null;
    }

    private static Button button(Window dialog, String text) {
        return OnFx.get(() -> dialog.getScene().getRoot().lookupAll(".button").stream()
                .map(Button.class::cast).filter(b -> text.equals(b.getText())).findFirst().orElseThrow());
    }
}
