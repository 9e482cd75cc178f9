package org.visitplanner.logic.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AttachmentNamesTest {

    @Test
    void foldersInANameAreDropped() {
        assertThat(AttachmentNames.sanitise("../../x")).isEqualTo("x");
        assertThat(AttachmentNames.sanitise("..\\..\\Windows\\system.ini")).isEqualTo("system.ini");
        assertThat(AttachmentNames.sanitise("/etc/passwd")).isEqualTo("passwd");
        assertThat(AttachmentNames.sanitise("..")).isEqualTo(AttachmentNames.FALLBACK);
        assertThat(AttachmentNames.sanitise("")).isEqualTo(AttachmentNames.FALLBACK);
    }

    @Test
    void windowsDeviceNamesAreNotUsedAsTheyAre() {
        assertThat(AttachmentNames.sanitise("con.txt")).isEqualTo("_con.txt");
        assertThat(AttachmentNames.sanitise("CON")).isEqualTo("_CON");
        assertThat(AttachmentNames.sanitise("lpt1.tar.gz")).isEqualTo("_lpt1.tar.gz");
        assertThat(AttachmentNames.sanitise("Nul .pdf")).isEqualTo("_Nul .pdf");
        assertThat(AttachmentNames.sanitise("console.txt")).isEqualTo("console.txt");
    }

    @Test
    void forbiddenCharactersControlsAndEdgeDotsAreReplaced() {
        assertThat(AttachmentNames.sanitise("a<b>c:d\"e|f?g*h.pdf")).isEqualTo("a_b_c_d_e_f_g_h.pdf");
        assertThat(AttachmentNames.sanitise("line\nbreak.txt")).isEqualTo("line_break.txt");
        assertThat(AttachmentNames.sanitise(".hidden")).isEqualTo("hidden");
        assertThat(AttachmentNames.sanitise("report.  ")).isEqualTo("report");
    }

    @Test
    void accentsAndChineseAreKept() {
        assertThat(AttachmentNames.sanitise("Procès-verbal 会议纪要.docx")).isEqualTo("Procès-verbal 会议纪要.docx");
    }

    @Test
    void longNamesAreShortenedKeepingTheExtension() {
        String name = AttachmentNames.sanitise("a".repeat(400) + ".pdf");
        assertThat(name).hasSize(AttachmentNames.MAX_LENGTH).endsWith(".pdf");
    }

    @Test
    void takenNamesAreNumberedBeforeTheExtension() {
        assertThat(AttachmentNames.numbered("slides.pdf", 1)).isEqualTo("slides.pdf");
        assertThat(AttachmentNames.numbered("slides.pdf", 2)).isEqualTo("slides (2).pdf");
        assertThat(AttachmentNames.numbered("README", 3)).isEqualTo("README (3)");
    }
}
