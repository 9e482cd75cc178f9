package org.visitplanner.logic.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.visitplanner.app.Services;
import org.visitplanner.logic.documents.pdf.Paper;
import org.visitplanner.model.Event;
import org.visitplanner.model.EventKind;
import org.visitplanner.model.EventStatus;
import org.visitplanner.model.Member;
import org.visitplanner.model.Trip;
import org.visitplanner.support.TestServices;

/** A repository test: mvn verify runs it on H2 and again on a real PostgreSQL (TestServices). */
@Tag("repository")
class DocumentsTest {

    private static final LocalDate PRINTED = LocalDate.of(2026, 11, 26);
    private static Services services;
    private static TripDocumentData sample;

    @BeforeAll
    static void loadTheSample() {
        services = TestServices.withSample();
        sample = services.documents().load(services.trips().findSample().orElseThrow());
    }

    @AfterAll
    static void close() {
        services.close();
    }

    private static DocumentOptions options(Locale language) {
        return new DocumentOptions(language, Paper.A4, false, null, PRINTED);
    }

    private static byte[] write(TripDocumentData data, ExportFormat format,
            DocumentOptions options) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        services.documents().write(data, format, options, out, Progress.NONE);
        return out.toByteArray();
    }

    /** The document's text with line breaks and runs of spaces made single spaces (wrapping varies). */
    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void theWeekFitsOneLandscapePageWithEveryEvent() throws IOException {
        byte[] pdf = write(sample, ExportFormat.PDF_WEEK, options(Locale.ENGLISH));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            PDPage page = document.getPage(0);
            assertThat(page.getMediaBox().getWidth()).isGreaterThan(page.getMediaBox().getHeight());
        }
        String text = text(pdf);
        assertThat(text).contains("Week schedule", "Monday 8 December", "Friday 12 December",
                "09:30–11:00", "Strategic partnership review", "Polytechnique", "Page 1 of 1",
                "SJTU / SPEIT delegation to France", "printed 26 November 2026");
        for (Event event : sample.events()) {
            assertThat(text).contains(event.title());
        }
    }

    @Test
    void daySheetsHaveAPagePerDayWithNamesAddressesAndHostsInEachLanguage() throws IOException {
        byte[] english = write(sample, ExportFormat.PDF_DAYS, options(Locale.ENGLISH));
        try (PDDocument document = Loader.loadPDF(english)) {
            assertThat(document.getNumberOfPages()).isEqualTo(5);
        }
        assertThat(text(english)).contains("Monday 8 December 2025", "École des Ponts et Chaussées", "巴黎路桥学院",
                "6-8 avenue Blaise Pascal", "Isabelle Laurent", "+33 1 99 00 01 07", "Zied MOUMNI",
                "Albert School", "Page 5 of 5", "Notes for the day: Car from the hotel at 08:30");

        assertThat(text(write(sample, ExportFormat.PDF_DAYS, options(Locale.FRENCH))))
                .contains("lundi 8 décembre 2025", "Fiches du jour", "Hôtes : ", "Page 1 sur 5", "École");
        assertThat(text(write(sample, ExportFormat.PDF_DAYS, options(Locale.CHINESE))))
                .contains("2025年12月8日 星期一", "每日日程", "接待人：", "第 1 页，共 5 页", "路易大帝中学");
    }

    @Test
    void theHomeTimeIsShownBesideTheVenueTime() throws IOException {
        DocumentOptions withHome = new DocumentOptions(Locale.ENGLISH, Paper.A4, true, null, PRINTED);
        assertThat(text(write(sample, ExportFormat.PDF_WEEK, withHome)))
                .contains("09:30–11:00 Paris", "16:30–18:00 Shanghai");
        assertThat(text(write(sample, ExportFormat.PDF_DAYS, withHome))).contains("16:30–18:00 Shanghai");
    }

    @Test
    void withTheSameZoneAtHomeAndAtTheVenueEachTimeIsPrintedOnce() throws IOException {
        Trip t = sample.trip();
        Trip paris = new Trip(t.id(), t.name(), t.firstDay(), t.lastDay(), t.venueZone(), t.venueZone(), t.sample(),
                t.notes(), t.version());
        TripDocumentData atHome = new TripDocumentData(paris, sample.events(), sample.delegation(),
                sample.membersById(), sample.institutions(), sample.contacts(), sample.partnershipsByInstitution(),
                sample.dayNotes(), sample.legs(), sample.meetings(), sample.calendarFacts());
        DocumentOptions withHome = new DocumentOptions(Locale.ENGLISH, Paper.A4, true, null, PRINTED);
        for (ExportFormat format : List.of(ExportFormat.PDF_WEEK, ExportFormat.PDF_DAYS, ExportFormat.PDF_BRIEFS)) {
            String text = text(write(atHome, format, withHome));
            assertThat(text).as(format.cliName()).contains("09:30–11:00").doesNotContain("09:30–11:00 Paris")
                    .doesNotContainPattern("09:30–11:00 \\S*\\s*09:30–11:00");
        }
    }

    @Test
    void aMemberWithNothingPlannedGetsAPageThatSaysSo() throws IOException {
        Member chen = sample.delegation().stream().filter(m -> m.nameLatin().equals("Chen Hao")).findFirst()
                .orElseThrow();
        TripDocumentData without = sample.withEvents(sample.events().stream()
                .filter(e -> !e.participantIds().contains(chen.id())).toList(), List.of());
        for (ExportFormat format : List.of(ExportFormat.PDF_WEEK, ExportFormat.PDF_DAYS, ExportFormat.PDF_MEMBER)) {
            byte[] pdf = write(without, format, options(Locale.ENGLISH).withMember(chen.id()));
            assertThat(text(pdf)).as(format.cliName()).contains("Chen Hao (陈浩) has nothing planned on this trip.");
        }
        assertThat(text(write(without, ExportFormat.PDF_MEMBER, options(Locale.FRENCH).withMember(chen.id()))))
                .contains("Chen Hao (陈浩) n’a rien de prévu pendant ce voyage.");
    }

    @Test
    void theReportRefusesAMemberItCannotBeMadeFor() {
        Member chen = sample.delegation().get(3);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> write(sample, ExportFormat.PDF_REPORT,
                options(Locale.ENGLISH).withMember(chen.id()))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void letterPaperIsLetterSized() throws IOException {
        DocumentOptions letter = new DocumentOptions(Locale.ENGLISH, Paper.LETTER, false, null, PRINTED);
        try (PDDocument document = Loader.loadPDF(write(sample, ExportFormat.PDF_DAYS, letter))) {
            assertThat(document.getPage(0).getMediaBox().getWidth()).isEqualTo(612f);
            assertThat(document.getPage(0).getMediaBox().getHeight()).isEqualTo(792f);
        }
    }

    @Test
    void everyFontIsEmbedded() throws IOException {
        try (PDDocument document = Loader.loadPDF(write(sample, ExportFormat.PDF_DAYS, options(Locale.CHINESE)))) {
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
            }
            assertThat(fonts).isNotEmpty()
                    .allSatisfy(font -> assertThat(font.isEmbedded()).as(font.getName()).isTrue());
        }
    }

    @Test
    void aMemberScheduleHasOnlyThatMembersEvents() throws IOException {
        Member chen = sample.delegation().stream().filter(m -> m.nameLatin().equals("Chen Hao")).findFirst()
                .orElseThrow();
        String text = text(write(sample, ExportFormat.PDF_MEMBER, options(Locale.ENGLISH).withMember(chen.id())));
        // Chen Hao is not at the Albert School meeting (Friday 09:30–10:30).
        assertThat(text).contains("Schedule of Chen Hao (陈浩)", "École des Ingénieurs de la Ville de Paris")
                .doesNotContain("09:30–10:30");

        String everyone = text(write(sample, ExportFormat.PDF_MEMBER, options(Locale.ENGLISH)));
        for (Member member : sample.delegation()) {
            assertThat(everyone).contains("Schedule of " + member.displayName());
        }
    }

    @Test
    void longNamesAndCrowdedDaysAreNeverCutOrOffThePage() throws IOException {
        Trip trip = sample.trip();
        List<Event> crowded = new ArrayList<>();
        String longTitle = "Working session on the joint curriculum of the dual-degree programme with extremely "
                + "long names such as Établissement public d’enseignement supérieur et de recherche 巴黎萨克雷综合理工学院";
        for (int i = 0; i < 14; i++) {
            LocalDateTime start = LocalDateTime.of(2025, 12, 9, 7, 0).plusMinutes(55L * i);
            crowded.add(new Event(1000 + i, trip.id(), "crowded-" + i, EventKind.MEETING, longTitle + " #" + i,
                    start, start.plusMinutes(50), ZoneId.of("Europe/Paris"), null, "Room " + i, EventStatus.PLANNED,
                    "x".repeat(40), List.of(), List.of(), 0));
        }
        TripDocumentData data = sample.withEvents(crowded, List.of());
        for (ExportFormat format : List.of(ExportFormat.PDF_WEEK, ExportFormat.PDF_DAYS)) {
            byte[] pdf = write(data, format, options(Locale.ENGLISH));
            String text = text(pdf);
            for (int i = 0; i < 14; i++) {
                assertThat(text).as(format + " event " + i).contains("#" + i);
            }
            assertEveryGlyphIsOnItsPage(pdf);
        }
    }

    private static void assertEveryGlyphIsOnItsPage(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> outside = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    float width = getCurrentPage().getMediaBox().getWidth();
                    float height = getCurrentPage().getMediaBox().getHeight();
                    for (TextPosition p : positions) {
                        if (p.getXDirAdj() < 20 || p.getXDirAdj() + p.getWidthDirAdj() > width - 20
                                || p.getYDirAdj() < 20 || p.getYDirAdj() > height - 20) {
                            outside.add(p.getUnicode() + "@" + p.getXDirAdj() + "," + p.getYDirAdj());
                        }
                    }
                }
            };
            stripper.getText(document);
            assertThat(outside).isEmpty();
        }
    }

    @Test
    void aBriefPerVisitSaysWhereWeStandWhoWeMeetAndWhatHappenedBefore() throws IOException {
        byte[] pdf = write(sample, ExportFormat.PDF_BRIEFS, options(Locale.ENGLISH));
        long visits = sample.events().stream().filter(e -> e.institutionId() != null
                && e.kind() != EventKind.MEAL && e.kind() != EventKind.TRAVEL).count();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo((int) visits);
        }
        String text = text(pdf);
        assertThat(text).contains("Meeting briefs", "Materials laboratory visit",
                "Polytech Paris-Saclay (Université Paris-Saclay)", "巴黎萨克雷综合理工学院",
                "Dual degree — Agreed in principle",
                "Pierre Moreau · Head of the Materials Laboratory · +33 1 99 00 01 06",
                "What happened before", "Consensus: Curriculum alignment for the dual degree",
                "Open action items with this institution", "☐ Send the draft dual-degree agreement",
                "This is our first recorded visit.");
        assertEveryGlyphIsOnItsPage(pdf);
    }

    @Test
    void aBriefShowsThePartnershipAsItStoodBeforeTheMeetingAndTheReportWhatChanged() throws IOException {
        byte[] pdf = write(sample, ExportFormat.PDF_BRIEFS, options(Locale.ENGLISH));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> pages = new ArrayList<>();
            for (int i = 1; i <= document.getNumberOfPages(); i++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                pages.add(stripper.getText(document).replaceAll("\\s+", " "));
            }
            // The meeting that agreed the dual degree in principle is briefed with the status it had before it.
            assertThat(pages).filteredOn(p -> p.contains("09:30–11:30 Dual-degree agreement: curriculum"))
                    .singleElement().asString().contains("Dual degree — In discussion")
                    .doesNotContain("Agreed in principle");
            assertThat(pages).filteredOn(p -> p.contains("11:30–12:30 Materials laboratory visit"))
                    .singleElement().asString().contains("Dual degree — Agreed in principle");
        }
    }

    @Test
    void theOutcomesReportGivesEachInstitutionItsMeetingsOutcomesChangesAndActions() throws IOException {
        byte[] pdf = write(sample, ExportFormat.PDF_REPORT, options(Locale.ENGLISH));
        String text = text(pdf);
        assertThat(text).contains("Outcomes report", "11 institutions visited", "Meetings held", "Consensus",
                "Partnership status changes", "Dual degree: In discussion → Agreed in principle",
                "Action items", "— Ma Wei, due 27 February 2026 · Open", "Lycée Henri-IV · 亨利四世中学");
        String french = text(write(sample, ExportFormat.PDF_REPORT, options(Locale.FRENCH)));
        assertThat(french)
                .contains("Bilan des rencontres", "Évolution des partenariats", "En discussion → Accord de principe");
        String chinese = text(write(sample, ExportFormat.PDF_REPORT, options(Locale.CHINESE)));
        assertThat(chinese).contains("成果报告", "合作状态变化", "洽谈中 → 原则同意");
        assertEveryGlyphIsOnItsPage(pdf);
    }

    @Test
    void aLongDocumentCanBeCancelled() {
        Progress cancelled = new Progress() {
            @Override
            public void update(int done, int total) {
            }

            @Override
            public boolean cancelled() {
                return true;
            }
        };
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> services.documents().write(sample,
                        ExportFormat.PDF_REPORT, options(Locale.ENGLISH), new ByteArrayOutputStream(), cancelled))
                .isInstanceOf(java.util.concurrent.CancellationException.class);
    }

    @Test
    void theCalendarParsesBackWithTheSameEventsTimesAndUids() throws Exception {
        String ics = new String(write(sample, ExportFormat.ICS, options(Locale.ENGLISH)), StandardCharsets.UTF_8);
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(sample.events().size());
        VEvent first = events.get(0);
        assertThat(first.getUid().orElseThrow().getValue()).isEqualTo("sample-2025-speit-01@visitplanner");
        assertThat(first.getDateTimeStart().getValue()).isEqualTo("20251208T093000");
        assertThat(ics).contains("BEGIN:VTIMEZONE", "TZID:Europe/Paris", "DTSTART;TZID=Europe/Paris:20251208T093000",
                "GEO:48.7134;2.211", "ATTENDEE;CN=Zied MOUMNI", "X-WR-CALNAME:SJTU / SPEIT delegation to France");
        assertThat(ics.split("DTSTAMP").length - 1).isEqualTo(events.size());
        assertThat(write(sample, ExportFormat.ICS, options(Locale.ENGLISH)))
                .as("exporting twice gives the same file").isEqualTo(ics.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aMembersCalendarHasOnlyTheirEvents() throws Exception {
        Member chen = sample.delegation().stream().filter(m -> m.nameLatin().equals("Chen Hao")).findFirst()
                .orElseThrow();
        String ics = new String(write(sample, ExportFormat.ICS, options(Locale.ENGLISH).withMember(chen.id())),
                StandardCharsets.UTF_8);
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        assertThat(calendar.getComponents("VEVENT")).hasSize(sample.eventsOf(chen.id()).size())
                .hasSizeLessThan(sample.events().size());
    }

    @Test
    void theItineraryCsvHasAHeaderAndARowPerEvent() throws IOException {
        String csv = new String(write(sample, ExportFormat.CSV, options(Locale.ENGLISH)), StandardCharsets.UTF_8);
        assertThat(csv)
                .startsWith("\uFEFFdate,start,end,time_zone,home_start,home_end,home_time_zone,kind,status,title");
        assertThat(csv.split("\r\n")).hasSize(sample.events().size() + 1);
        assertThat(csv).contains("2025-12-08,09:30,11:00,Europe/Paris,2025-12-08 16:30,2025-12-08 18:00,Asia/Shanghai,"
                + "MEETING,CONFIRMED,Strategic partnership review,École Polytechnique,巴黎综合理工学院");
    }
}
