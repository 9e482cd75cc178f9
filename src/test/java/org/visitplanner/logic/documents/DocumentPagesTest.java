package org.visitplanner.logic.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.visitplanner.app.Services;
import org.visitplanner.logic.documents.pdf.Paper;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.model.Member;
import org.visitplanner.model.Trip;
import org.visitplanner.support.CrowdedTrip;
import org.visitplanner.support.TestServices;

/**
 * The printed pages read page by page as a reader holding one of them would: each says whose and which day it is,
 * no heading is left alone at the foot of a page, no event is cut between its time and its title, each member's
 * schedule counts its own pages, the text taken from the PDF is the text printed (no ligature characters), and the
 * PDF is tagged for screen readers — for the sample and a crowded 90-event week, in three languages, on A4 and Letter.
 */
@Tag("slow")
class DocumentPagesTest {

    private static final LocalDate PRINTED = LocalDate.of(2026, 11, 26);
    private static final Pattern TIME_RANGE = Pattern.compile("\\d\\d:\\d\\d–\\d\\d:\\d\\d.*");
    /** The venue time that opens an event's block on a day sheet (the home time follows it, with its city). */
    private static final Pattern VENUE_TIME = Pattern.compile("\\d\\d:\\d\\d–\\d\\d:\\d\\d");
    /** Where a day sheet's text column starts (page margin 40 + time column 92): details and journeys. */
    private static final float TEXT_COLUMN = 130;

    private static Services services;
    private static TripDocumentData sample;
    private static TripDocumentData crowded;

    @BeforeAll
    static void makeTheTrips() {
        services = TestServices.withSample();
        sample = services.documents().load(services.trips().findSample().orElseThrow());
        Trip busy = CrowdedTrip.create(services);
        crowded = services.documents().load(busy);
    }

    @AfterAll
    static void close() {
        services.close();
    }

    static Stream<Arguments> tripsLanguagesAndPapers() {
        List<Arguments> all = new ArrayList<>();
        for (String trip : List.of("sample", "crowded")) {
            for (Locale language : Messages.LANGUAGES) {
                for (Paper paper : Paper.values()) {
                    all.add(Arguments.of(trip, language, paper));
                }
            }
        }
        return all.stream();
    }

    /** A word of a page and where it is (y grows downwards). */
    private record Word(int page, float x, float y, String text) {
    }

    /** A line of a page: its words left to right. */
    private record Row(int page, float y, List<Word> words) {
        String text() {
            return words.stream().map(Word::text).collect(Collectors.joining(" "));
        }

        float x() {
            return words.get(0).x();
        }
    }

    private record Pages(List<List<Row>> body, List<String> footers, String allText) {
    }

    private static TripDocumentData trip(String name) {
        return name.equals("sample") ? sample : crowded;
    }

    private static byte[] write(TripDocumentData data, ExportFormat format, Locale language, Paper paper)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        services.documents().write(data, format, new DocumentOptions(language, paper, true, null, PRINTED), out,
                Progress.NONE);
        return out.toByteArray();
    }

    /** The rows of each page between the running header and footer, and each page's footer line. */
    private static Pages read(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<Word> words = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    if (!text.isBlank()) {
                        words.add(new Word(getCurrentPageNo(), positions.get(0).getXDirAdj(),
                                positions.get(0).getYDirAdj(), text.strip()));
                    }
                }
            };
            stripper.setSortByPosition(true);
            stripper.getText(document);
            String allText = words.stream().map(Word::text).collect(Collectors.joining(" "));
            float height = document.getPage(0).getMediaBox().getHeight();
            List<List<Row>> body = new ArrayList<>();
            List<String> footers = new ArrayList<>();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                int p = page;
                List<Row> rows = rows(words.stream().filter(w -> w.page() == p).toList());
                body.add(rows.stream().filter(r -> r.y() > 62 && r.y() < height - 52).toList());
                footers.add(rows.stream().filter(r -> r.y() >= height - 52).map(Row::text)
                        .collect(Collectors.joining(" ")));
            }
            return new Pages(body, footers, allText);
        }
    }

    private static List<Row> rows(List<Word> words) {
        List<Word> sorted = words.stream().sorted(Comparator.comparing(Word::y)).toList();
        List<Row> rows = new ArrayList<>();
        List<Word> current = new ArrayList<>();
        for (Word word : sorted) {
            if (!current.isEmpty() && Math.abs(word.y() - current.get(0).y()) > 2.5f) {
                rows.add(row(current));
                current = new ArrayList<>();
            }
            current.add(word);
        }
        if (!current.isEmpty()) {
            rows.add(row(current));
        }
        return rows;
    }

    private static Row row(List<Word> words) {
        List<Word> ordered = words.stream().sorted(Comparator.comparing(Word::x)).toList();
        return new Row(ordered.get(0).page(), ordered.get(0).y(), ordered);
    }

    private static String continued(Locale language, String what) {
        return Messages.get(language, "doc.continued", what);
    }

    private static Labels labels(Locale language) {
        return new Labels(language);
    }

    @ParameterizedTest(name = "{0}, {1}, {2}")
    @MethodSource("tripsLanguagesAndPapers")
    void daySheetsRepeatTheirDayAndNeverCutAnEvent(String tripName, Locale language, Paper paper) throws IOException {
        TripDocumentData data = trip(tripName);
        Pages pages = read(write(data, ExportFormat.PDF_DAYS, language, paper));
        Set<String> days = data.trip().days().stream().map(labels(language)::fullDay).collect(Collectors.toSet());
        String day = null;
        int continuations = 0;
        for (int i = 0; i < pages.body().size(); i++) {
            List<Row> rows = pages.body().get(i);
            String where = tripName + " page " + (i + 1) + ": ";
            String first = rows.get(0).text();
            if (days.contains(first)) {
                day = first;
            } else {
                assertThat(first).as(where + "a page that continues a day says which")
                        .isEqualTo(continued(language, day));
                continuations++;
            }
            assertEventsWhole(rows, where);
            assertThat(rows.get(rows.size() - 1).text()).as(where + "ends with a day heading").isNotIn(days);
        }
        if (tripName.equals("crowded")) {
            assertThat(continuations).as("the crowded week runs over pages").isGreaterThan(5);
        }
        assertNoLigatures(pages);
    }

    /**
     * Every event's time has its title beside it, and a page never begins with the rest of an event (its details
     * or its journeys): the first row after the page's heading starts at the left.
     */
    private static void assertEventsWhole(List<Row> rows, String where) {
        for (int r = 0; r < rows.size(); r++) {
            Row row = rows.get(r);
            // The home time stands under the venue time, in smaller type: the title is beside the venue time.
            boolean homeTime = r > 0 && VENUE_TIME.matcher(rows.get(r - 1).words().get(0).text()).matches()
                    && rows.get(r - 1).x() == row.x();
            if (!homeTime && VENUE_TIME.matcher(row.words().get(0).text()).matches() && row.x() < TEXT_COLUMN - 20) {
                assertThat(row.words()).as(where + "the title beside " + row.text())
                        .anySatisfy(w -> assertThat(w.x()).isGreaterThan(TEXT_COLUMN));
            }
        }
        int firstContent = rows.get(0).text().endsWith(")") || rows.get(0).text().endsWith("）") ? 1 : 0;
        if (firstContent < rows.size()) {
            assertThat(rows.get(firstContent).x()).as(where + "begins with the rest of an event: "
                    + rows.get(firstContent).text()).isLessThan(TEXT_COLUMN - 20);
        }
    }

    @ParameterizedTest(name = "{0}, {1}, {2}")
    @MethodSource("tripsLanguagesAndPapers")
    void memberSchedulesSayWhoseAndWhichDayAndCountTheirOwnPages(String tripName, Locale language, Paper paper)
            throws IOException {
        TripDocumentData data = trip(tripName);
        Pages pages = read(write(data, ExportFormat.PDF_MEMBER, language, paper));
        Labels labels = labels(language);
        Set<String> days = data.trip().days().stream().map(labels::fullDay).collect(Collectors.toSet());
        Member member = null;
        String day = null;
        List<Integer> sectionStarts = new ArrayList<>();
        for (int i = 0; i < pages.body().size(); i++) {
            List<Row> rows = pages.body().get(i);
            String where = tripName + " page " + (i + 1) + ": ";
            String first = rows.get(0).text();
            Member starting = data.delegation().stream()
                    .filter(m -> first.equals(labels.get("doc.member.heading", m.displayName()))).findFirst()
                    .orElse(null);
            if (starting != null) {
                member = starting;
                day = null;
                sectionStarts.add(i);
            } else {
                String name = member.displayName();
                assertThat(first).as(where + "says whose schedule and which day it continues").isIn(
                        continued(language, name), continued(language, labels.get("doc.forMember", name, day)));
            }
            for (Row row : rows) {
                if (days.contains(row.text())) {
                    day = row.text();
                }
            }
            assertEventsWhole(rows, where);
            assertThat(rows.get(rows.size() - 1).text()).as(where + "ends with a day heading").isNotIn(days);
        }
        assertThat(sectionStarts).as("a section per member").hasSize(data.delegation().size());
        for (int s = 0; s < sectionStarts.size(); s++) {
            int start = sectionStarts.get(s);
            int end = s + 1 < sectionStarts.size() ? sectionStarts.get(s + 1) : pages.body().size();
            for (int i = start; i < end; i++) {
                assertThat(pages.footers().get(i)).as("page " + (i + 1) + ", of member " + (s + 1))
                        .contains(labels.get("doc.page", Integer.toString(i - start + 1),
                                Integer.toString(end - start)));
            }
        }
        assertNoLigatures(pages);
    }

    @ParameterizedTest(name = "{0}, {1}, {2}")
    @MethodSource("tripsLanguagesAndPapers")
    void theWeekRepeatsItsDaysOnEveryPageAndNeverCutsAnEvent(String tripName, Locale language, Paper paper)
            throws IOException {
        TripDocumentData data = trip(tripName);
        byte[] pdf = write(data, ExportFormat.PDF_WEEK, language, paper);
        Pages pages = read(pdf);
        Labels labels = labels(language);
        String title = labels.get("doc.week.title");
        float width;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            width = document.getPage(0).getMediaBox().getWidth();
        }
        List<LocalDate> days = data.trip().days();
        float columnWidth = (width - 80 - 8 * (days.size() - 1)) / days.size();
        for (int i = 0; i < pages.body().size(); i++) {
            List<Row> rows = pages.body().get(i);
            String where = tripName + " page " + (i + 1) + ": ";
            assertThat(rows.get(0).text()).as(where).isEqualTo(i == 0 ? title : continued(language, title));
            for (int c = 0; c < days.size(); c++) {
                float left = 40 + c * (columnWidth + 8);
                List<String> column = new ArrayList<>();
                for (Row row : rows.subList(1, rows.size())) {
                    String text = row.words().stream().filter(w -> w.x() >= left - 1 && w.x() < left + columnWidth)
                            .map(Word::text).collect(Collectors.joining(" "));
                    if (!text.isEmpty()) {
                        column.add(text);
                    }
                }
                if (column.isEmpty()) {
                    continue;
                }
                String dayName = labels.longDay(days.get(c));
                String columnText = String.join(" ", column).replace("\u00A0", " ");
                assertThat(columnText.replace(" ", "")).as(where + "column " + (c + 1) + " says its day")
                        .startsWith((i == 0 ? dayName : continued(language, dayName)).replace(" ", ""));
                assertThat(column.get(column.size() - 1)).as(where + "column " + (c + 1) + " ends inside an event")
                        .doesNotMatch(TIME_RANGE);
            }
        }
        if (tripName.equals("crowded")) {
            assertThat(pages.body()).as("the crowded week needs more than one page").hasSizeGreaterThan(1);
        }
        assertNoLigatures(pages);
    }

    @ParameterizedTest(name = "{0}, {1}, {2}")
    @MethodSource("tripsLanguagesAndPapers")
    void theReportRepeatsTheInstitutionOnThePagesItRunsOnto(String tripName, Locale language, Paper paper)
            throws IOException {
        TripDocumentData data = trip(tripName);
        Pages pages = read(write(data, ExportFormat.PDF_REPORT, language, paper));
        Set<String> names = data.institutions().values().stream()
                .map(i -> i.officialName() + (i.chineseName() == null || i.chineseName().isBlank() ? ""
                        : " · " + i.chineseName()))
                .collect(Collectors.toSet());
        String institution = null;
        for (int i = 0; i < pages.body().size(); i++) {
            List<Row> rows = pages.body().get(i);
            // Long names wrap: compare the page's text without spaces.
            String page = rows.stream().map(Row::text).collect(Collectors.joining()).replace(" ", "");
            String first = rows.get(0).text().replace(" ", "");
            boolean startsAnInstitution = names.stream().anyMatch(n -> page.startsWith(n.replace(" ", "")));
            if (i > 0 && !startsAnInstitution) {
                assertThat(first).as(tripName + " page " + (i + 1) + " continues " + institution)
                        .startsWith(continued(language, institution).replace(" ", "").substring(0, 8))
                        .isEqualTo(page.substring(0, first.length()));
                assertThat(page).startsWith(continued(language, institution).replace(" ", ""));
            }
            int last = -1;
            for (String name : names) {
                int at = page.lastIndexOf(name.replace(" ", ""));
                if (at > last && !page.startsWith(continued(language, name).replace(" ", ""), at)) {
                    last = at;
                    institution = name;
                }
            }
            String lastRow = rows.get(rows.size() - 1).text().replace(" ", "");
            assertThat(names.stream().map(n -> n.replace(" ", ""))).as("a page never ends with an institution's name")
                    .noneMatch(n -> n.endsWith(lastRow) && page.endsWith(n));
        }
        assertNoLigatures(pages);
    }

    static Stream<Locale> languages() {
        return Messages.LANGUAGES.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void pdfsDeclareTheirLanguageAndAreTaggedWithAlternativeTextForJourneys(Locale language) throws IOException {
        byte[] pdf = write(sample, ExportFormat.PDF_DAYS, language, Paper.A4);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            var catalog = document.getDocumentCatalog();
            assertThat(catalog.getLanguage()).isEqualTo(language.toLanguageTag());
            assertThat(catalog.getMarkInfo().isMarked()).isTrue();
            assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();
            assertThat(new String(catalog.getMetadata().toByteArray(), java.nio.charset.StandardCharsets.UTF_8))
                    .contains("<pdfuaid:part>1</pdfuaid:part>");
            List<PDStructureElement> elements = new ArrayList<>();
            collect(catalog.getStructureTreeRoot(), elements);
            assertThat(elements).extracting(PDStructureElement::getStructureType)
                    .contains("Document", "H1", "H3", "P", "Span");
            assertThat(elements).filteredOn(e -> "Span".equals(e.getStructureType()))
                    .extracting(PDStructureElement::getAlternateDescription)
                    .contains(Messages.get(language, "doc.alt.journey"));
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                assertThat(document.getPage(i).getStructParents()).isEqualTo(i);
            }
        }
    }

    private static void collect(PDStructureNode node, List<PDStructureElement> into) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                into.add(element);
                collect(element, into);
            }
        }
    }

    private static void assertNoLigatures(Pages pages) {
        assertThat(pages.allText()).doesNotContainPattern("[\\uFB00-\\uFB06]");
    }
}
