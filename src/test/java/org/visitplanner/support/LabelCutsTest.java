package org.visitplanner.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.visitplanner.gui.common.TextFits;

/** The checker the window tests use finds every way a text can be cut in a word, and only those. */
@Tag("ui")
class LabelCutsTest {

    private Stage stage;

    @BeforeEach
    void toolkit() throws Exception {
        RunningApp.primaryStage();
    }

    @AfterEach
    void close() {
        OnFx.run(() -> {
            if (stage != null) {
                stage.close();
            }
        });
    }

    /** Lays {@code labels} out in a window and returns what the checker finds. */
    private List<String> cuts(Locale language, Label... labels) {
        return OnFx.get(() -> {
            VBox box = new VBox(labels);
            stage = new Stage();
            stage.setScene(new Scene(box, 400, 600));
            stage.show();
            box.applyCss();
            box.layout();
            return LabelCuts.cutInAWord(box, language);
        });
    }

    private static Label label(String text, double width, boolean wrap) {
        Label label = new Label(text);
        label.setTextOverrun(OverrunStyle.WORD_ELLIPSIS);
        label.setWrapText(wrap);
        label.setMinWidth(width);
        label.setPrefWidth(width);
        label.setMaxWidth(width);
        if (wrap) {
            label.setMinHeight(60);
            label.setPrefHeight(60);
        }
        return label;
    }

    @Test
    void aTextCutAfterAWholeWordOrShownWholeIsFine() {
        assertThat(cuts(Locale.ENGLISH, label("Strategic partnership review", 100, false),
                label("Materials", 200, false), label("Innovation laboratory visit", 90, true))).isEmpty();
    }

    @Test
    void aTextCutInsideAWordIsFound() {
        // Too narrow for "Strategic": JavaFX cuts the word itself ("Strate...").
        assertThat(cuts(Locale.ENGLISH, label("Strategic partnership review", 60, false)))
                .singleElement().asString().contains("cut in the middle of a word");
    }

    @Test
    void aWrappedWordWiderThanItsLineIsFound() {
        assertThat(cuts(Locale.ENGLISH, label("Polytechnique", 50, true)))
                .singleElement().asString().contains("breaks the word \"Polytechnique\"");
    }

    @Test
    void chineseMayBeCutBetweenAnyTwoCharacters() {
        assertThat(cuts(Locale.CHINESE, label("巴黎综合理工学院战略合作回顾会议", 70, false),
                label("巴黎综合理工学院战略合作回顾会议", 50, true))).isEmpty();
    }

    @Test
    void aTextTheAppFittedIsCheckedAgainstItsWholeText() {
        Label fine = new Label("Polytechnique ·\nStrategic…");
        fine.getProperties().put(TextFits.FULL_TEXT, "Polytechnique · Strategic partnership review");
        Label halved = new Label("Polytechnique · Strat…");
        halved.getProperties().put(TextFits.FULL_TEXT, "Polytechnique · Strategic partnership review");
        Label hyphen = new Label("Louis-le-\nGrand");
        hyphen.getProperties().put(TextFits.FULL_TEXT, "Louis-le-Grand");
        assertThat(cuts(Locale.ENGLISH, fine, hyphen)).isEmpty();
        assertThat(cuts(Locale.ENGLISH, halved)).singleElement().asString().contains("Strat…");
    }
}
