package org.visitplanner.gui.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;

import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.visitplanner.app.VisitPlannerApp;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.support.OnFx;
import org.visitplanner.support.RunningApp;

/** The institutions view in the running app, headless: filtering, a wrong latitude, a delete and its undo. */
@Tag("ui")
class InstitutionsViewTest {

    @TempDir
    Path dataDirectory;

    private final FxRobot robot = new FxRobot();
    private javafx.application.Application app;

    @BeforeEach
    void openTheInstitutions() throws Exception {
        Stage stage = RunningApp.primaryStage();
        app = FxToolkit.setupApplication(() -> new VisitPlannerApp(dataDirectory, Locale.ENGLISH));
        // Lookups on the FX thread (OnFx): the window is still being built while the test waits.
        OnFx.waitUntil(30, () -> robot.lookup(".event-title").tryQuery().isPresent());
        robot.clickOn("Institutions");
        OnFx.waitUntil(10, () -> table().getItems().size() == 11);
        assertThat(stage.isShowing()).isTrue();
    }

    @AfterEach
    void stopTheApp() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        Messages.setLocale(Locale.ENGLISH);
    }

    private TableView<InstitutionsViewModel.Row> table() {
        return robot.lookup(".institutions-table").queryTableView();
    }

    private void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        OnFx.waitUntil(10, () -> {
            try {
                return condition.call();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void typingPontsFiltersTheTableToTheEcoleDesPonts() throws Exception {
        robot.clickOn("#searchField").write("ponts");
        waitUntil(() -> table().getItems().size() == 1);
        assertThat(table().getItems().get(0).officialName()).isEqualTo("École des Ponts et Chaussées");
        assertThat(robot.lookup("1 of 11 institutions").tryQuery()).isPresent();
    }

    @Test
    void aLatitudeOfTwoHundredIsRefusedInPlaceAndTheTypedTextStays() throws Exception {
        robot.clickOn("École des Ponts et Chaussées");
        waitUntil(() -> "48.8408".equals(robot.lookup("#latitudeField").queryAs(TextField.class).getText()));

        robot.doubleClickOn("#latitudeField").eraseText(7).write("200").type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#latitudeMessage").queryAs(Label.class).isVisible());

        assertThat(robot.lookup("#latitudeMessage").queryAs(Label.class).getText())
                .isEqualTo("A latitude is between −90 and 90");
        assertThat(robot.lookup("#latitudeField").queryAs(TextField.class).getText()).isEqualTo("200");
        assertThat(robot.lookup("#latitudeField").queryAs(TextField.class).getPseudoClassStates())
                .extracting(Object::toString).contains("danger");
        robot.clickOn("#cityField");
        waitUntil(() -> robot.lookup("Not saved: correct the fields marked in red.").tryQuery().isPresent());

        robot.clickOn("Albert School");
        waitUntil(() -> "Albert School".equals(robot.lookup("#officialNameField").queryAs(TextField.class).getText()));
        robot.clickOn("École des Ponts et Chaussées");
        waitUntil(() -> "48.8408".equals(robot.lookup("#latitudeField").queryAs(TextField.class).getText()));
    }

    @Test
    void aDeletedInstitutionComesBackWithUndo() throws Exception {
        robot.clickOn("SupBioTech");
        waitUntil(() -> "SupBioTech".equals(robot.lookup("#officialNameField").queryAs(TextField.class).getText()));
        robot.clickOn("SupBioTech").type(KeyCode.DELETE);
        waitUntil(() -> robot.lookup("Delete “SupBioTech”?").tryQuery().isPresent());
        robot.clickOn(robot.lookup(".dialog-pane .button").match(
                node -> node instanceof javafx.scene.control.Button b && b.getText().equals("Delete"))
                .queryButton());
        waitUntil(() -> table().getItems().size() == 10);
        assertThat(robot.lookup("SupBioTech").tryQuery()).isEmpty();

        robot.clickOn(".institutions-table").press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil(() -> table().getItems().size() == 11);
        assertThat(table().getItems()).extracting(InstitutionsViewModel.Row::officialName).contains("SupBioTech");
    }
}
