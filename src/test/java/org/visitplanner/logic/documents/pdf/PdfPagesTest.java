package org.visitplanner.logic.documents.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class PdfPagesTest {

    private static PdfPages pages() {
        return new PdfPages(Paper.A4, false, new PdfPages.Frame("Trip", "Document", "footer",
                (page, pages) -> page + "/" + pages, Locale.CHINESE));
    }

    @Test
    void closingPunctuationNeverStartsALineAndOpeningBracketsNeverEndOne() {
        String text = "双学位项目与学生交流（第5次），代表团：Li Na (李娜)、Chen Hao (陈浩)。参观巴黎路桥学院（ENPC）的实验室「材料」。";
        try (PdfPages pages = pages()) {
            for (float width = 40; width <= 260; width += 3) {
                List<String> lines = pages.wrap(text, Style.BODY, width);
                assertThat(String.join("", lines).replace(" ", "")).as("nothing lost at " + width)
                        .isEqualTo(text.replace(" ", ""));
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i);
                    assertThat(line).as("line %d at width %.0f: %s", i, width, lines)
                            .doesNotStartWith("）").doesNotStartWith("，").doesNotStartWith("。")
                            .doesNotStartWith("、").doesNotStartWith(")").doesNotStartWith("」");
                    if (i < lines.size() - 1) {
                        assertThat(line).as("line %d at width %.0f: %s", i, width, lines)
                                .doesNotEndWith("（").doesNotEndWith("(").doesNotEndWith("「");
                    }
                }
            }
        }
    }

    @Test
    void latinTextStillBreaksBetweenWords() {
        try (PdfPages pages = pages()) {
            List<String> lines = pages.wrap("Lunch with the ENSTA team, then the laboratory.", Style.BODY, 90);
            assertThat(lines).allSatisfy(line -> assertThat(line).doesNotStartWith(",").doesNotStartWith("."));
            assertThat(String.join(" ", lines)).isEqualTo("Lunch with the ENSTA team, then the laboratory.");
        }
    }
}
