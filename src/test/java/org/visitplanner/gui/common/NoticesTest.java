package org.visitplanner.gui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.visitplanner.logic.i18n.Messages;

/** The results bar does not wrap: its text comes in lines that fit the smallest window, whole words kept. */
class NoticesTest {

    private static final String TRIP = "SJTU / SPEIT delegation to France, 8–12 December 2025";

    @AfterEach
    void english() {
        Messages.setLocale(Locale.ENGLISH);
    }

    @Test
    void eachSentenceStartsALine() {
        assertThat(Notices.bySentence("Backup made. It is in /home/anne/backups.")).isEqualTo(
                "Backup made.\nIt is in /home/anne/backups.");
    }

    @Test
    void aLongSentenceGoesOverSeveralLinesWithItsWordsWhole() {
        Messages.setLocale(Locale.FRENCH);
        String sentence = "Voyage « " + TRIP + " » importé : 0 enregistrements ajoutés, 1 modifiés, 20 supprimés.";

        String shown = Notices.bySentence(sentence);

        assertThat(shown.lines()).hasSizeGreaterThan(1).allSatisfy(line -> assertThat(line.length())
                .isLessThanOrEqualTo(Notices.LINE));
        assertThat(shown.replace("\n", "").replace(" ", "")).isEqualTo(sentence.replace(" ", ""));
        assertThat(shown).contains("20 supprimés.");
    }

    @Test
    void chineseCountsTwoColumnsACharacter() {
        Messages.setLocale(Locale.CHINESE);
        String sentence = "出访“" + TRIP + "”已导入：新增 0 条记录，修改 1 条，删除 20 条。这是一段很长的说明文字，用来检查换行。";

        String shown = Notices.bySentence(sentence);

        assertThat(shown.lines()).hasSizeGreaterThan(1);
        assertThat(shown.replace("\n", "")).isEqualTo(sentence);
    }
}
