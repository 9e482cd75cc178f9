package org.visitplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.visitplanner.support.Headless;
import org.visitplanner.support.Headless.Run;

class ExportCommandTest {

    @TempDir
    Path temp;

    private String tripId;

    private Run run(String... args) {
        return Headless.run(Headless.in(temp.resolve("data"), args));
    }

    @BeforeEach
    void loadTheSample() {
        tripId = run("sample").out().strip();
    }

    @Test
    void everyFormatIsWrittenByIdOrByExactName() throws IOException {
        for (String format : List.of("pdf-week", "pdf-days", "pdf-member", "pdf-briefs", "pdf-report", "ics", "csv")) {
            Path out = temp.resolve("out." + format);
            Run run = run("export", tripId, "--format", format, "--out", out.toString());
            assertThat(run.exitCode()).as(format + ": " + run.err()).isZero();
            assertThat(Files.size(out)).as(format).isGreaterThan(500);
        }
        Path byName = temp.resolve("by-name.pdf");
        Run run = run("export", "SJTU / SPEIT delegation to France, 8–12 December 2025", "--format", "pdf-week",
                "--lang", "zh", "--paper", "letter", "--home-time", "--out", byName.toString());
        assertThat(run.exitCode()).isZero();
        try (PDDocument document = Loader.loadPDF(byName.toFile())) {
            assertThat(new PDFTextStripper().getText(document)).contains("一周日程", "上海");
            assertThat(document.getPage(0).getMediaBox().getHeight()).isEqualTo(612f);
        }
    }

    @Test
    void aMemberIsFoundByLatinOrChineseName() throws IOException {
        Path latin = temp.resolve("latin.pdf");
        assertThat(run("export", tripId, "--format", "pdf-member", "--member", "chen hao", "--out", latin.toString())
                .exitCode()).isZero();
        Path chinese = temp.resolve("chinese.ics");
        assertThat(run("export", tripId, "--format", "ics", "--member", "陈浩", "--out", chinese.toString())
                .exitCode()).isZero();
        assertThat(Files.readString(chinese)).contains("Chen Hao").doesNotContain("Albert School");
    }

    @Test
    void memberFiltersEveryDocumentButTheReportWhereItIsRefused() throws IOException {
        for (String format : List.of("pdf-week", "pdf-days", "pdf-briefs", "csv")) {
            Path out = temp.resolve("chen." + format);
            Run run = run("export", tripId, "--format", format, "--member", "Chen Hao", "--lang", "en", "--out",
                    out.toString());
            assertThat(run.exitCode()).as(format + ": " + run.err()).isZero();
            String text = format.equals("csv") ? Files.readString(out) : pdfText(out);
            // Chen Hao is not at the Albert School meeting (Friday 09:30–10:30).
            assertThat(text).as(format).doesNotContain("09:30–10:30").doesNotContain("09:30,10:30");
        }
        Path report = temp.resolve("report.pdf");
        Run refused = run("export", tripId, "--format", "pdf-report", "--member", "Chen Hao", "--out",
                report.toString());
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err().strip()).isEqualTo(
                "The outcomes report covers the whole delegation: --member cannot be used with pdf-report.");
        assertThat(report).doesNotExist();
    }

    private static String pdfText(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void badUsageExitsTwoAndUnknownTripsOrMembersExitThree() throws IOException {
        Path out = temp.resolve("kept.pdf");
        Files.writeString(out, "the previous export");

        Run badFormat = run("export", tripId, "--format", "docx", "--out", out.toString());
        assertThat(badFormat.exitCode()).isEqualTo(2);
        assertThat(badFormat.err().strip()).startsWith("Unknown format “docx”");
        assertThat(run("export", tripId, "--format", "pdf-week", "--paper", "a3", "--out", out.toString()).exitCode())
                .isEqualTo(2);
        assertThat(run("export", tripId, "--format", "pdf-week").exitCode()).isEqualTo(2);
        assertThat(run("export", tripId, "--format", "pdf-week", "--lang", "de", "--out", out.toString()).exitCode())
                .isEqualTo(2);

        Run noTrip = run("export", "A trip nobody planned", "--format", "pdf-week", "--out", out.toString());
        assertThat(noTrip.exitCode()).isEqualTo(3);
        assertThat(noTrip.err().lines()).hasSize(1);
        Run noMember = run("export", tripId, "--format", "pdf-member", "--member", "Nobody", "--out", out.toString());
        assertThat(noMember.exitCode()).isEqualTo(3);

        assertThat(Files.readString(out)).isEqualTo("the previous export");
    }

    @Test
    void anIndependentParserReadsTheCalendar() throws Exception {
        Path python = Path.of("/usr/bin/python3");
        assumeTrue(Files.isExecutable(python), "Debian's python3 with python3-icalendar is installed by .ci/run");
        Path ics = temp.resolve("trip.ics");
        assertThat(run("export", tripId, "--format", "ics", "--out", ics.toString()).exitCode()).isZero();
        String script = "import icalendar,sys\n"
                + "c = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())\n"
                + "events = list(c.walk('VEVENT'))\n"
                + "first = events[0]\n"
                + "print(len(events), first['DTSTART'].dt.isoformat(), first['DTEND'].dt.isoformat(),"
                + " str(first['UID']), len(first.get('ATTENDEE')))\n";
        Process process = new ProcessBuilder(python.toString(), "-c", script, ics.toString())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assumeTrue(!output.contains("No module named 'icalendar'"), "python3-icalendar is not installed");
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).isEqualTo("18 2025-12-08T09:30:00+01:00 2025-12-08T11:00:00+01:00 "
                + "sample-2025-speit-01@visitplanner 4");
    }
}
