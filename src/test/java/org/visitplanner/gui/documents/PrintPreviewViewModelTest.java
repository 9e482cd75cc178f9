package org.visitplanner.gui.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.visitplanner.app.Services;
import org.visitplanner.gui.common.LongWork;
import org.visitplanner.logic.documents.DocumentOptions;
import org.visitplanner.logic.documents.ExportFormat;
import org.visitplanner.logic.documents.Progress;
import org.visitplanner.logic.documents.pdf.Paper;
import org.visitplanner.model.Trip;
import org.visitplanner.support.CurrentThreadTaskExecutor;
import org.visitplanner.support.TestServices;

class PrintPreviewViewModelTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path temp;

    @Test
    void thePreviewShowsThePagesOfTheChosenDocumentAndSavesExactlyThem() throws Exception {
        try (Services services = TestServices.withSample()) {
            Trip trip = services.trips().findSample().orElseThrow();
            PrintPreviewViewModel preview = new PrintPreviewViewModel(new CurrentThreadTaskExecutor(), Runnable::run,
                    services.documents(), CLOCK, new LongWork());
            preview.languageProperty().set(Locale.ENGLISH);
            preview.open(trip);
            assertThat(preview.pages()).hasSize(1);
            assertThat(preview.pages().get(0).widthPoints()).isGreaterThan(preview.pages().get(0).heightPoints());
            assertThat(preview.members()).hasSize(4);

            preview.documentProperty().set(ExportFormat.PDF_DAYS);
            assertThat(preview.pages()).hasSize(5);
            assertThat(preview.busyProperty().get()).isFalse();

            Path saved = temp.resolve("days.pdf");
            preview.saveAs(saved, () -> { });
            ByteArrayOutputStream expected = new ByteArrayOutputStream();
            services.documents().write(services.documents().load(trip), ExportFormat.PDF_DAYS,
                    new DocumentOptions(Locale.ENGLISH, Paper.A4, false, null, LocalDate.of(2026, 11, 26)), expected,
                    Progress.NONE);
            assertThat(Files.size(saved)).isEqualTo(expected.size());
            assertThat(preview.messageProperty().get()).contains(saved.toString());
        }
    }

    @Test
    void choosingAMemberShowsOnlyTheirSchedule() {
        try (Services services = TestServices.withSample()) {
            Trip trip = services.trips().findSample().orElseThrow();
            PrintPreviewViewModel preview = new PrintPreviewViewModel(new CurrentThreadTaskExecutor(), Runnable::run,
                    services.documents(), CLOCK, new LongWork());
            preview.open(trip);
            preview.documentProperty().set(ExportFormat.PDF_MEMBER);
            int everyone = preview.pages().size();
            preview.memberProperty().set(preview.members().get(3));
            assertThat(preview.pages().size()).isLessThan(everyone);
            assertThat(preview.suggestedFileName(ExportFormat.PDF_MEMBER)).isEqualTo("Schedule of Chen Hao.pdf");
            assertThat(preview.suggestedFileName(ExportFormat.ICS))
                    .isEqualTo("SJTU - SPEIT delegation to France, 8–12 December 2025 - Chen Hao.ics");
        }
    }

    @Test
    void theChosenMemberFiltersEveryDocumentButTheReport() throws Exception {
        try (Services services = TestServices.withSample()) {
            Trip trip = services.trips().findSample().orElseThrow();
            PrintPreviewViewModel preview = new PrintPreviewViewModel(new CurrentThreadTaskExecutor(), Runnable::run,
                    services.documents(), CLOCK, new LongWork());
            preview.languageProperty().set(Locale.ENGLISH);
            preview.open(trip);
            preview.memberProperty().set(preview.members().get(3));
            for (ExportFormat format : List.of(ExportFormat.PDF_WEEK, ExportFormat.PDF_DAYS, ExportFormat.PDF_BRIEFS)) {
                preview.documentProperty().set(format);
                assertThat(preview.memberApplies()).as(format.cliName()).isTrue();
                Path saved = temp.resolve(format.cliName() + ".pdf");
                preview.saveAs(saved, () -> { });
                String text = text(saved);
                // Chen Hao is not at the Albert School meeting (Friday 09:30–10:30).
                assertThat(text).as(format.cliName()).contains("Chen Hao").doesNotContain("09:30–10:30");
                assertThat(preview.suggestedFileName(format)).as(format.cliName()).endsWith(" - Chen Hao.pdf");
            }
            preview.documentProperty().set(ExportFormat.PDF_REPORT);
            assertThat(preview.memberApplies()).isFalse();
            Path report = temp.resolve("report.pdf");
            preview.saveAs(report, () -> { });
            assertThat(text(report)).as("the report covers the whole delegation").contains("09:30–10:30");
        }
    }

    private static String text(Path pdf) throws java.io.IOException {
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void calendarAndSpreadsheetExportsFollowTheChosenMember() throws Exception {
        try (Services services = TestServices.withSample()) {
            Trip trip = services.trips().findSample().orElseThrow();
            PrintPreviewViewModel preview = new PrintPreviewViewModel(new CurrentThreadTaskExecutor(), Runnable::run,
                    services.documents(), CLOCK, new LongWork());
            preview.open(trip);
            preview.memberProperty().set(preview.members().get(3));
            Path ics = temp.resolve("chen.ics");
            preview.export(ExportFormat.ICS, ics);
            assertThat(Files.readString(ics)).contains("Chen Hao").doesNotContain("Albert School");
            Path csv = temp.resolve("chen.csv");
            preview.export(ExportFormat.CSV, csv);
            assertThat(Files.readString(csv)).startsWith("\uFEFFdate,start,end");
        }
    }
}
