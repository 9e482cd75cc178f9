package org.visitplanner.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.controlsfx.control.NotificationPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.model.OutcomeType;
import org.visitplanner.support.OnFx;
import org.visitplanner.support.RunningApp;

/** Shortcuts that work wherever the focus is, and results shown where the user is looking, in whole sentences. */
@Tag("ui")
class FeedbackWhereTheUserLooksTest {

    @TempDir
    Path dataDirectory;

    private RunningApp window;

    @AfterEach
    void close() throws Exception {
        if (window != null) {
            window.close();
        }
    }

    static Stream<Locale> languages() {
        return Messages.LANGUAGES.stream();
    }

    private boolean selected(String navButton) {
        return OnFx.get(() -> ((ToggleButton) window.root().lookup(navButton)).isSelected());
    }

    @Test
    void ctrlNOpensANewEventAfterSwitchingPagesWithCtrl1To4() throws Exception {
        window = RunningApp.start(dataDirectory, Locale.ENGLISH).resize(1600, 1000);
        for (KeyCode away : new KeyCode[] {KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4}) {
            window.shortcut(away);
            OnFx.waitUntil(() -> !selected("#navItinerary"));
            window.shortcut(KeyCode.DIGIT1);
            OnFx.waitUntil(() -> selected("#navItinerary"));
            window.shortcut(KeyCode.N);
            OnFx.waitUntil(() -> RunningApp.window("New event") != null);
            window.robot.type(KeyCode.ESCAPE);
            OnFx.waitUntil(() -> RunningApp.window("New event") == null);
        }
    }

    @Test
    void ctrlNOnTheInstitutionsPageStartsANewInstitution() throws Exception {
        window = RunningApp.start(dataDirectory, Locale.ENGLISH).resize(1600, 1000);
        window.shortcut(KeyCode.DIGIT2);
        OnFx.waitUntil(() -> window.root().lookup(".institutions-table") instanceof TableView<?> table
                && table.getItems().size() == 11);
        window.shortcut(KeyCode.N);
        // The new institution's form waits for its official name, with the caret in it.
        OnFx.waitUntil(() -> window.stage().getScene().getFocusOwner() instanceof TextField field
                && "officialNameField".equals(field.getId()) && field.getText().isEmpty());
        assertThat(RunningApp.window("New event")).isNull();
    }

    @Test
    void ctrlASelectsTheSearchBoxTextWhileResultsShow() throws Exception {
        window = RunningApp.start(dataDirectory, Locale.ENGLISH).resize(1600, 1000);
        TextField search = (TextField) window.lookup(".global-search");
        window.robot.clickOn(search).write("ecole");
        OnFx.waitUntil(() -> RunningApp.find(".search-results") instanceof ListView<?> list
                && !list.getItems().isEmpty() && list.getScene().getWindow().isShowing());
        window.shortcut(KeyCode.A);
        OnFx.waitUntil(() -> "ecole".equals(search.getSelectedText()));
        // Typing replaces the selected text, in the box.
        window.robot.write("pont");
        OnFx.waitUntil(() -> "pont".equals(search.getText()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void aPartnershipMovedForwardIsExplainedInAWholeSentenceAndConfirmedInTheMeetingWindow(Locale language)
            throws Exception {
        window = RunningApp.start(dataDirectory, language).resize(1600, 1000);
        window.robot.clickOn(window.event("Materials laboratory visit"));
        window.shortcut(KeyCode.M);
        OnFx.waitUntil(() -> RunningApp.find(".meeting-record #outcomeTypeBox") != null);
        @SuppressWarnings("unchecked")
        ComboBox<OutcomeType> type = (ComboBox<OutcomeType>) RunningApp.find(".meeting-record #outcomeTypeBox");
        window.robot.clickOn(type);
        String agreement = Messages.of(language, OutcomeType.AGREEMENT);
        window.robot.clickOn(OnFx.get(() -> RunningApp.find(".combo-box-popup").lookupAll(".list-cell").stream()
                .filter(cell -> agreement.equals(((Labeled) cell).getText())).findFirst().orElseThrow()));
        window.robot.clickOn(RunningApp.find(".meeting-record #outcomeTextArea")).write("Joint lab course in 2026");
        window.robot.clickOn(RunningApp.find(".meeting-record #outcomeSaveButton"));

        String sentence = Messages.get(language, "meeting.partnership.explanation.AGREEMENT");
        OnFx.waitUntil(() -> RunningApp.window(Messages.get(language, "meeting.partnership.title")) != null);
        Stage offer = RunningApp.window(Messages.get(language, "meeting.partnership.title"));
        assertThat(OnFx.get(() -> offer.getScene().getRoot().lookupAll(".label").stream()
                .map(label -> ((Labeled) label).getText()))).contains(sentence);
        assertThat(sentence).startsWith(switch (language.getLanguage()) {
            case "fr" -> "Ce résultat est un accord.";
            case "zh" -> "该成果是一项协议。";
            default -> "This outcome is an agreement.";
        });
        window.robot.clickOn(OnFx.get(() -> offer.getScene().getRoot().lookupAll(".button").stream()
                .filter(b -> Messages.get(language, "meeting.partnership.update").equals(((Labeled) b).getText()))
                .findFirst().orElseThrow()));

        // The result shows in the meeting window, where the user is, not only in the main window's status bar.
        OnFx.waitUntil(() -> RunningApp.find(".meeting-record .notification-pane") instanceof NotificationPane bar
                && bar.isShowing() && bar.getText().contains("Polytech Paris-Saclay"));
        Node meeting = RunningApp.find(".meeting-record");
        assertThat(OnFx.get(() -> ((TextArea) meeting.lookup("#outcomeTextArea")).getText())).isEmpty();
    }
}
