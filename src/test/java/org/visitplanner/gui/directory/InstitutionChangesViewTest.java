package org.visitplanner.gui.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

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

/** An institution's History tab says who changed which field, when, from what to what. */
@Tag("ui")
class InstitutionChangesViewTest {

    @TempDir
    Path dataDirectory;

    private final FxRobot robot = new FxRobot();
    private javafx.application.Application app;

    @BeforeEach
    void openTheInstitutions() throws Exception {
        RunningApp.primaryStage();
        app = FxToolkit.setupApplication(() -> new VisitPlannerApp(dataDirectory, Locale.ENGLISH));
        OnFx.waitUntil(30, () -> robot.lookup(".event-title").tryQuery().isPresent());
        robot.clickOn("Institutions");
        OnFx.waitUntil(10, () -> robot.lookup("École des Ponts et Chaussées").tryQuery().isPresent());
    }

    @AfterEach
    void stopTheApp() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        Messages.setLocale(Locale.ENGLISH);
    }

    private List<String> changeLines() {
        return robot.lookup(".change-line").queryAllAs(Label.class).stream().filter(Node::isVisible)
                .map(Label::getText).toList();
    }

    @Test
    void aChangedCityShowsInTheInstitutionsHistoryWithWhoAndBothValues() {
        robot.clickOn("École des Ponts et Chaussées");
        OnFx.waitUntil(10, () -> "Champs-sur-Marne".equals(
                robot.lookup("#cityField").queryAs(TextField.class).getText()));
        OnFx.run(() -> robot.lookup("#cityField").queryAs(TextField.class).requestFocus());
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("Marne-la-Vallée")
                .type(KeyCode.ENTER);
        robot.clickOn("#officialNameField"); // leaving the field saves it

        OnFx.run(() -> {
            TabPane tabs = (TabPane) robot.lookup(".tab-pane").match(n -> n instanceof TabPane t
                    && t.getTabs().stream().anyMatch(tab -> "historyTab".equals(tab.getId()))).query();
            Tab history = tabs.getTabs().stream().filter(tab -> "historyTab".equals(tab.getId())).findFirst()
                    .orElseThrow();
            tabs.getSelectionModel().select(history);
        });

        String who = System.getProperty("user.name");
        OnFx.waitUntil(10, () -> changeLines().stream()
                .anyMatch(line -> line.endsWith(" · " + who + " · city: Champs-sur-Marne → Marne-la-Vallée")));
        assertThat(OnFx.get(() -> robot.lookup("Changes").tryQuery().isPresent())).isTrue();
    }
}
