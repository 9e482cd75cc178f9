package org.visitplanner.gui.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.Clipboard;
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
 * A member is deleted by a colleague while the user edits them in the member dialog: the window says so, shows what
 * was typed, and saves it as a new member when asked; closing the question puts the typed values on the clipboard.
 */
@Tag("ui")
class DeletedMeanwhileWindowTest {

    @TempDir
    Path temp;

    private final TestPostgres server = TestPostgres.shared();
    @RegisterExtension
    final PgPassFile pgpass = new PgPassFile(server);

    @AfterEach
    void restore() {
        Messages.setLocale(Locale.ENGLISH);
    }

    private static void command(String... args) {
        StringWriter err = new StringWriter();
        int code = VisitPlannerCommand.execute(args, new PrintWriter(new StringWriter()), new PrintWriter(err),
                Map.of(), (directory, language) -> {
                    throw new AssertionError("no window");
                });
        assertThat(code).as(err.toString()).isZero();
    }

    @Test
    void whatWasTypedForAMemberDeletedMeanwhileIsSavedAsANewMember() throws Exception {
        TeamAddress team = server.migratedDatabase();
        Path data = temp.resolve("data");
        command("--data-dir", data.toString(), "--database", team.toString(), "sample");
        UserSettings.load(data).setTeamDatabase(team);

        try (RunningApp app = RunningApp.start(data, Locale.ENGLISH)) {
            app.shortcut(KeyCode.DIGIT3);
            OnFx.waitUntil(() -> app.lookup("#memberTable") instanceof TableView<?> table
                    && !table.getItems().isEmpty());
            TableView<?> members = (TableView<?>) app.lookup("#memberTable");
            app.robot.clickOn(firstRow(members));
            OnFx.waitUntil(() -> members.getSelectionModel().getSelectedItem() != null);
            app.robot.clickOn("#editMemberButton");
            OnFx.waitUntil(() -> RunningApp.find("#phoneField") != null);
            String name = OnFx.get(() -> ((TextField) RunningApp.find("#nameField")).getText());

            server.run(team, "DELETE FROM member WHERE name_latin = '" + name.replace("'", "''") + "'");
            OnFx.run(() -> ((TextField) RunningApp.find("#phoneField")).setText("+86 21 3420 9999"));
            Window editor = OnFx.get(() -> RunningApp.find("#phoneField").getScene().getWindow());
            app.robot.clickOn(defaultButton(editor));

            OnFx.waitUntil(() -> RunningApp.find(".gone-values") != null);
            TextArea typed = (TextArea) RunningApp.find(".gone-values");
            Window question = OnFx.get(() -> typed.getScene().getWindow());
            String shown = OnFx.get(typed::getText);
            assertThat(shown).contains("Name: " + name).contains("Phone: +86 21 3420 9999");
            assertThat(OnFx.get(() -> question.getScene().getRoot().lookupAll(".label").stream()
                    .map(node -> ((javafx.scene.control.Label) node).getText()).toList()))
                    .contains(Messages.get("live.gone.header", name));
            assertThat(OnFx.get(question::getWidth)).isLessThanOrEqualTo(1024);
            assertThat(OnFx.get(question::getHeight)).isLessThanOrEqualTo(700);
            snapshot(question, "deleted-meanwhile-en.png");
            app.robot.clickOn(button(question, Messages.get("live.gone.saveNew", "member")));

            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> server.lines(team,
                    "SELECT phone FROM member WHERE name_latin = '" + name.replace("'", "''") + "'")
                    .equals(java.util.List.of("+86 21 3420 9999")));
            OnFx.waitUntil(() -> members.getItems().stream().anyMatch(row -> row.toString().contains(name)));
        }
    }

    @Test
    void inFrenchAndChineseTheQuestionIsTranslatedAndClosingItCopiesWhatWasTyped() throws Exception {
        RunningApp.primaryStage();
        for (Locale language : new Locale[] {Locale.FRENCH, Locale.CHINESE}) {
            Messages.setLocale(language);
            String typed = "Nom : Claire Martin\nTéléphone : +33 1 44 58 28 00";
            Platform.runLater(() -> ClashDialog.offerNew(null, "contact", "Claire Martin", typed));
            OnFx.waitUntil(() -> RunningApp.find(".gone-values") != null);
            Window question = OnFx.get(() -> RunningApp.find(".gone-values").getScene().getWindow());
            WaitForAsyncUtils.waitForFxEvents();
            snapshot(question, "deleted-meanwhile-" + language.getLanguage() + ".png");
            Button copy = button(question, Messages.get("live.gone.copy"));
            OnFx.run(copy::fire);
            OnFx.waitUntil(() -> !question.isShowing());
            String copied = OnFx.get(() -> Clipboard.getSystemClipboard().getString());
            assertThat(copied).isEqualTo(typed);
        }
    }

    private static TableRow<?> firstRow(TableView<?> table) {
        return OnFx.get(() -> table.lookupAll(".table-row-cell").stream()
                .map(node -> (TableRow<?>) node).filter(row -> row.getItem() != null).findFirst().orElseThrow());
    }

    private static Button defaultButton(Window dialog) {
        return OnFx.get(() -> dialog.getScene().getRoot().lookupAll(".button").stream()
                .map(Button.class::cast).filter(Button::isDefaultButton).findFirst().orElseThrow());
    }

    private static Button button(Window dialog, String text) {
        return OnFx.get(() -> dialog.getScene().getRoot().lookupAll(".button").stream()
                .map(Button.class::cast).filter(b -> text.equals(b.getText())).findFirst().orElseThrow());
    }

    /** Keeps a picture of the dialog in target/screenshots, to look at. */
    private static void snapshot(Window window, String name) {
        WritableImage image = OnFx.get(() -> window.getScene().snapshot(null));
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] pixels = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), pixels, 0, width);
        BufferedImage picture = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        picture.setRGB(0, 0, width, height, pixels, 0, width);
        try {
            Path folder = Files.createDirectories(Path.of("target", "screenshots"));
            ImageIO.write(picture, "png", folder.resolve(name).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
