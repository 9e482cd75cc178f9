package org.visitplanner.logic.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextFoldTest {

    @Test
    void accentsAndCaseDoNotMatterWhenSearching() {
        assertThat(TextFold.contains("École des Ponts et Chaussées", "ecole des ponts")).isTrue();
        assertThat(TextFold.contains("Télécom Paris", "TELECOM")).isTrue();
        assertThat(TextFold.contains("Lycée Henri-IV", "lycee henri–iv")).isTrue();
        assertThat(TextFold.contains("Mines Paris – PSL", "polytechnique")).isFalse();
    }

    @Test
    void chineseIsMatchedAsWritten() {
        assertThat(TextFold.contains("巴黎路桥学院", "路桥")).isTrue();
        assertThat(TextFold.fold("巴黎路桥学院")).isEqualTo("巴黎路桥学院");
    }

    @Test
    void ligaturesFullWidthAndSpacesAreNormalised() {
        assertThat(TextFold.same("Cœur  de  ville", "coeur de ville")).isTrue();
        assertThat(TextFold.same("ＥＩＶＰ", "eivp")).isTrue();
        assertThat(TextFold.fold(null)).isEmpty();
    }
}
