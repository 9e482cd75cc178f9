package org.visitplanner.logic.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class NoteMarkupTest {

    @Test
    void headingsListsQuotesAndParagraphsBecomeBlocks() {
        List<NoteMarkup.Block> blocks = NoteMarkup.parse("""
                ## Dual degree
                Both sides agreed.
                Next line of the same paragraph.

                - first point
                  - nested point
                2. second step
                > quoted""");
        assertThat(blocks).extracting(NoteMarkup.Block::kind).containsExactly(NoteMarkup.BlockKind.HEADING,
                NoteMarkup.BlockKind.PARAGRAPH, NoteMarkup.BlockKind.BULLET, NoteMarkup.BlockKind.BULLET,
                NoteMarkup.BlockKind.NUMBERED, NoteMarkup.BlockKind.QUOTE);
        assertThat(blocks.get(0).level()).isEqualTo(2);
        assertThat(blocks.get(3).level()).isEqualTo(1);
        assertThat(blocks.get(4).marker()).isEqualTo("2.");
        assertThat(blocks.get(1).spans().get(0).text())
                .isEqualTo("Both sides agreed.\nNext line of the same paragraph.");
    }

    @Test
    void emphasisIsReadInsideALine() {
        assertThat(NoteMarkup.spans("a **bold** and *italic*, _also_ and `code`")).containsExactly(
                new NoteMarkup.Span("a ", false, false, false),
                new NoteMarkup.Span("bold", true, false, false),
                new NoteMarkup.Span(" and ", false, false, false),
                new NoteMarkup.Span("italic", false, true, false),
                new NoteMarkup.Span(", ", false, false, false),
                new NoteMarkup.Span("also", false, true, false),
                new NoteMarkup.Span(" and ", false, false, false),
                new NoteMarkup.Span("code", false, false, true));
    }

    @Test
    void snakeCaseAndLoneStarsStayPlainText() {
        assertThat(NoteMarkup.spans("file_name_here costs 3 * 4")).extracting(NoteMarkup.Span::text)
                .containsExactly("file_name_here costs 3 * 4");
    }

    @Test
    void plainTextDropsTheMarks() {
        assertThat(NoteMarkup.plain("## Title\n- **agreed** on *dates*\n1. first"))
                .isEqualTo("Title\nagreed on dates\n1. first");
    }
}
