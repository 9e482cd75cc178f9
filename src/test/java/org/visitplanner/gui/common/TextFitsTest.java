package org.visitplanner.gui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.function.ToDoubleFunction;

import org.junit.jupiter.api.Test;

class TextFitsTest {

    /** Every character 10 pixels wide: widths are easy to reason about. */
    private static final ToDoubleFunction<String> TEN_PX = text -> text.length() * 10.0;

    @Test
    void aTextThatFitsIsShownWhole() {
        assertThat(TextFits.lines("Materials laboratory visit", 300, 1, TEN_PX, Locale.ENGLISH))
                .containsExactly("Materials laboratory visit");
    }

    @Test
    void linesBreakBetweenWords() {
        assertThat(TextFits.lines("Strategic partnership review", 130, 3, TEN_PX, Locale.ENGLISH))
                .containsExactly("Strategic", "partnership", "review");
    }

    @Test
    void aTextTooLongEndsWithAnEllipsisAfterAWholeWord() {
        assertThat(TextFits.lines("Strategic partnership review", 210, 1, TEN_PX, Locale.ENGLISH))
                .containsExactly("Strategic…");
        assertThat(TextFits.lines("Strategic partnership review", 130, 2, TEN_PX, Locale.ENGLISH))
                .containsExactly("Strategic", "partnership…");
    }

    @Test
    void aWordWiderThanTheLineIsNeverCutTheTextStopsBeforeIt() {
        assertThat(TextFits.lines("Polytechnique", 80, 2, TEN_PX, Locale.ENGLISH)).containsExactly("…");
        assertThat(TextFits.lines("Visit Polytechnique", 80, 2, TEN_PX, Locale.ENGLISH)).containsExactly("Visit…");
    }

    @Test
    void aSeparatorIsDroppedBeforeTheEllipsisAndAHyphenatedWordIsNotHalved() {
        assertThat(TextFits.lines("ENSTA · Strategic partnership review", 160, 1, TEN_PX, Locale.ENGLISH))
                .containsExactly("ENSTA…");
        // A line may break after the hyphen of "Louis-le-Grand", but an ellipsis never follows "Louis-".
        assertThat(TextFits.lines("Louis-le-Grand", 100, 2, TEN_PX, Locale.FRENCH))
                .containsExactly("Louis-le-", "Grand");
        assertThat(TextFits.lines("Dual-degree agreement", 70, 1, TEN_PX, Locale.ENGLISH)).containsExactly("…");
    }

    @Test
    void chineseBreaksBetweenCharacters() {
        assertThat(TextFits.lines("巴黎综合理工学院战略合作回顾", 60, 2, TEN_PX, Locale.CHINESE))
                .containsExactly("巴黎综合理工", "学院战略合…");
    }

    @Test
    void lineBreaksInTheTextAreKept() {
        assertThat(TextFits.lines("Agenda\nNotes", 300, 3, TEN_PX, Locale.ENGLISH)).containsExactly("Agenda", "Notes");
        assertThat(TextFits.lines("Agenda\nNotes", 300, 1, TEN_PX, Locale.ENGLISH)).containsExactly("Agenda…");
    }

    @Test
    void nothingToShowGivesNoLine() {
        assertThat(TextFits.lines("  ", 100, 2, TEN_PX, Locale.ENGLISH)).isEmpty();
        assertThat(TextFits.lines("Paris", 100, 0, TEN_PX, Locale.ENGLISH)).isEmpty();
    }
}
