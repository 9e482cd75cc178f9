package org.visitplanner.logic.documents.pdf;

import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.COSObjectable;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDParentTreeValue;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * A PDF being laid out top to bottom: pages of one paper size and orientation, a cursor ({@link #y()}) that moves
 * down as text is placed, wrapping that breaks lines between words (and between Chinese characters), and a running
 * header and footer — trip name, document title, dates, "page i of n" — stamped on every page at the end.
 *
 * <p>All text is real text in embedded fonts. Characters no font has are drawn as "?" rather than failing.
 * Coordinates are PDF points with y growing upwards, as in PDFBox.
 *
 * <p>Pages keep their context: a page the cursor breaks onto starts with the {@linkplain #setContinuation
 * continuation heading} the document set ("Chen Hao · Tuesday 9 December (continued)"), and a document cut into
 * {@linkplain #startSection sections} numbers each section's pages on their own.
 *
 * <p>The PDF is tagged for screen readers (PDF/UA as far as this layout goes): it declares its language, every piece
 * of text is a structure element (a heading or a paragraph) in reading order, rules, shading, the running header and
 * footer are artifacts, and symbols given a {@linkplain #describeSymbol description} (the travel arrow) carry it as
 * alternative text.
 */
public final class PdfPages implements AutoCloseable {

    /** What is printed around every page. {@code pageOf} formats "Page {0} of {1}". */
    public record Frame(String tripName, String documentTitle, String footer, PageNumbers pageOf, Locale language) {
    }

    /** What a piece of text is for a screen reader. */
    public enum Role {
        TITLE(StandardStructureTypes.H1), HEADING(StandardStructureTypes.H2), SUBHEADING(StandardStructureTypes.H3),
        TEXT(StandardStructureTypes.P);

        private final String structureType;

        Role(String structureType) {
            this.structureType = structureType;
        }

        /** The role text in {@code style} plays when the caller does not say: by its size and weight. */
        static Role of(Style style) {
            if (style.size() >= Style.TITLE.size()) {
                return TITLE;
            }
            if (style.bold() && style.size() >= Style.HEADING.size()) {
                return HEADING;
            }
            return style.bold() && style.size() >= Style.SUBHEADING.size() ? SUBHEADING : TEXT;
        }
    }

    /** A section of the document: its first page and the title its pages carry in the header. */
    private record Section(int firstPage, String title) {
    }

    /** Formats the page number line, e.g. "Page 2 of 5". */
    @FunctionalInterface
    public interface PageNumbers {
        String format(int page, int pages);
    }

    private static final float MARGIN = 40;
    private static final float HEADER_SPACE = 30;
    private static final float FOOTER_SPACE = 26;

    private final PDDocument document = new PDDocument();
    private final DocumentFonts fonts;
    private final PDRectangle size;
    private final Frame frame;
    private PDPageContentStream content;
    private PDPage page;
    private float y;
    private String continuation;
    private final List<Section> sections = new ArrayList<>();
    private final Map<Integer, String> symbolDescriptions = new HashMap<>();

    private final PDStructureTreeRoot structureRoot = new PDStructureTreeRoot();
    private final PDStructureElement documentElement;
    /** For each page, the structure element of each marked-content id, in id order (the parent tree). */
    private final List<List<PDStructureElement>> markedParents = new ArrayList<>();

    public PdfPages(Paper paper, boolean landscape, Frame frame) {
        this.size = landscape ? new PDRectangle(paper.height(), paper.width())
                : new PDRectangle(paper.width(), paper.height());
        this.frame = frame;
        this.fonts = new DocumentFonts(document);
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(title());
        info.setCreator("Visit Planner");
        documentElement = new PDStructureElement(StandardStructureTypes.DOCUMENT, structureRoot);
        documentElement.setLanguage(frame.language().toLanguageTag());
        structureRoot.appendKid(documentElement);
    }

    private String title() {
        return frame.documentTitle() + " — " + frame.tripName();
    }

    /**
     * The heading a page the cursor breaks onto starts with (whose schedule, which day…), or null for none. A
     * page the document starts itself ({@link #newPage}, {@link #startSection}) has none.
     */
    public void setContinuation(String heading) {
        continuation = heading;
    }

    /**
     * Starts a section on a new page: its pages are numbered on their own ("Page 1 of 3" of this member's schedule)
     * and carry {@code title} in the header instead of the document's title.
     */
    public void startSection(String title) {
        continuation = null;
        newPage();
        sections.add(new Section(document.getNumberOfPages() - 1, title));
    }

    /** How screen readers should say {@code symbol} (the travel arrow "→" is read as "journey to"). */
    public void describeSymbol(int symbol, String description) {
        symbolDescriptions.put(symbol, description);
    }

    public float left() {
        return MARGIN;
    }

    public float right() {
        return size.getWidth() - MARGIN;
    }

    public float width() {
        return right() - left();
    }

    /** The top of the writable area of a page (below the header). */
    public float top() {
        return size.getHeight() - MARGIN - HEADER_SPACE;
    }

    /** The bottom of the writable area of a page (above the footer). */
    public float bottom() {
        return MARGIN + FOOTER_SPACE;
    }

    /** The cursor: where the next line's top goes. */
    public float y() {
        return y;
    }

    public void moveDown(float distance) {
        y -= distance;
    }

    public int pageCount() {
        return document.getNumberOfPages();
    }

    /** Starts a new page with the cursor at its top (the document begins something: no continuation heading). */
    public void newPage() {
        closeContent();
        page = new PDPage(size);
        page.setStructParents(document.getNumberOfPages());
        document.addPage(page);
        markedParents.add(new ArrayList<>());
        try {
            content = new PDPageContentStream(document, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y = top();
    }

    /** Continues on a new page: it starts with the continuation heading, when there is one. */
    private void breakPage() {
        newPage();
        if (continuation != null && !continuation.isBlank()) {
            Style style = Style.SMALL_BOLD;
            for (String line : wrap(continuation, style, width())) {
                markedLine(element(Role.TEXT), left(), y - style.size(), line, style);
                y -= style.lineHeight();
            }
            line(left(), y - 1, right(), y - 1, Style.RULE, 0.5f);
            y -= 7;
        }
    }

    /** Starts a new page unless {@code height} still fits below the cursor. */
    public void ensureRoom(float height) {
        if (content == null) {
            newPage();
        } else if (y - height < bottom()) {
            breakPage();
        }
    }

    /**
     * Keeps what comes next ({@code height} tall) on one page: breaks to a new page first when it does not fit here.
     * Something taller than a whole page starts at the top of one and continues on the next.
     */
    public void keepTogether(float height) {
        ensureRoom(Math.min(height, pageRoom()));
    }

    /** The height of the writable area of a fresh page, continuation heading included. */
    public float pageRoom() {
        float heading = continuation == null || continuation.isBlank() ? 0
                : height(continuation, Style.SMALL_BOLD, width()) + 7;
        return top() - bottom() - heading;
    }

    /** Room left below the cursor on this page. */
    public float roomLeft() {
        return content == null ? 0 : y - bottom();
    }

    /** Draws one line of text with its baseline at {@code baseline}; no wrapping. Returns its width. */
    public float text(float x, float baseline, String text, Style style) {
        requirePage();
        return markedLine(element(Role.of(style)), x, baseline, text, style);
    }

    /** A new structure element of the document, in reading order. */
    private PDStructureElement element(Role role) {
        PDStructureElement element = new PDStructureElement(role.structureType, documentElement);
        documentElement.appendKid(element);
        return element;
    }

    /**
     * Draws one line as marked content of {@code element} (and of a described symbol's own span, so that a screen
     * reader says the description).
     */
    private float markedLine(PDStructureElement element, float x, float baseline, String text, Style style) {
        float cursor = x;
        StringBuilder plain = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            String description = symbolDescriptions.get(cp);
            if (description == null) {
                plain.appendCodePoint(cp);
                continue;
            }
            cursor += marked(element, cursor, baseline, plain.toString(), style);
            plain.setLength(0);
            PDStructureElement span = new PDStructureElement(StandardStructureTypes.SPAN, element);
            span.setAlternateDescription(description);
            element.appendKid(span);
            cursor += marked(span, cursor, baseline, new String(Character.toChars(cp)), style);
        }
        cursor += marked(element, cursor, baseline, plain.toString(), style);
        return cursor - x;
    }

    private float marked(PDStructureElement element, float x, float baseline, String text, Style style) {
        if (text.isEmpty()) {
            return 0;
        }
        List<PDStructureElement> parents = markedParents.get(markedParents.size() - 1);
        int id = parents.size();
        parents.add(element);
        PDMarkedContentReference reference = new PDMarkedContentReference();
        reference.setPage(page);
        reference.setMCID(id);
        element.appendKid(reference);
        element.setPage(element.getPage() == null ? page : element.getPage());
        try {
            content.beginMarkedContent(COSName.getPDFName(element.getStructureType()), id);
            float width = draw(x, baseline, text, style);
            content.endMarkedContent();
            return width;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Draws text that is not part of the content (the running header and footer). */
    private void artifactText(float x, float baseline, String text, Style style) {
        try {
            content.beginMarkedContent(COSName.ARTIFACT, pagination());
            draw(x, baseline, text, style);
            content.endMarkedContent();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PDPropertyList pagination() {
        COSDictionary properties = new COSDictionary();
        properties.setName(COSName.TYPE, "Pagination");
        return PDPropertyList.create(properties);
    }

    private float draw(float x, float baseline, String text, Style style) {
        float cursor = x;
        try {
            for (Run run : runs(clean(text), style.bold())) {
                content.beginText();
                content.setFont(run.face().pdf, style.size());
                content.setNonStrokingColor(style.color());
                if (run.face().fakeBold) {
                    content.setRenderingMode(RenderingMode.FILL_STROKE);
                    content.setStrokingColor(style.color());
                    content.setLineWidth(style.size() * 0.035f);
                }
                content.newLineAtOffset(cursor, baseline);
                content.showText(run.text());
                if (run.face().fakeBold) {
                    content.setRenderingMode(RenderingMode.FILL);
                }
                content.endText();
                cursor += run.width(style.size());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cursor - x;
    }

    /** The width {@code text} takes in {@code style}. */
    public float width(String text, Style style) {
        float total = 0;
        for (Run run : runs(clean(text), style.bold())) {
            total += run.width(style.size());
        }
        return total;
    }

    /** {@code text} shortened with "…" so that it fits in {@code width}. */
    public String fit(String text, Style style, float width) {
        String cleaned = clean(text).replace('\n', ' ');
        if (width(cleaned, style) <= width) {
            return cleaned;
        }
        int end = cleaned.length();
        while (end > 0 && width(cleaned.substring(0, end) + "…", style) > width) {
            end = cleaned.offsetByCodePoints(end, -1);
        }
        return cleaned.substring(0, end) + "…";
    }

    /**
     * Splits {@code text} into lines no wider than {@code width}: breaks at spaces, between Chinese characters, and
     * inside a word only when the word alone is too wide. Line breaks in the text are kept.
     */
    public List<String> wrap(String text, Style style, float width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : clean(text).split("\n", -1)) {
            wrapParagraph(paragraph, style, width, lines);
        }
        return lines;
    }

    /** True when every word of {@code text} fits on a line of {@code width} (wrapping need not cut a word). */
    public boolean wrapsWithoutCuttingWords(String text, Style style, float width) {
        for (String paragraph : clean(text).split("\n", -1)) {
            for (String token : tokens(paragraph)) {
                if (width(token.stripTrailing(), style) > width) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Height {@code text} takes when wrapped to {@code width}. */
    public float height(String text, Style style, float width) {
        return wrap(text, style, width).size() * style.lineHeight();
    }

    /**
     * Writes {@code text} wrapped to {@code width} at {@code x} from the cursor down, continuing on new pages as
     * needed, and leaves the cursor below it.
     */
    public void paragraph(float x, float width, String text, Style style) {
        paragraph(x, width, text, style, Role.of(style));
    }

    /** {@link #paragraph(float, float, String, Style)} with the role it plays for a screen reader. */
    public void paragraph(float x, float width, String text, Style style, Role role) {
        List<String> lines = wrap(text, style, width);
        if (lines.stream().allMatch(String::isEmpty)) {
            y -= style.lineHeight() * lines.size();
            return;
        }
        requirePage();
        PDStructureElement element = element(role);
        for (String line : lines) {
            ensureRoom(style.lineHeight());
            markedLine(element, x, y - style.size(), line, style);
            y -= style.lineHeight();
        }
    }

    /** Draws wrapped lines from {@code topY} down without moving the cursor or breaking pages; returns the height. */
    public float block(float x, float topY, float width, String text, Style style) {
        return block(x, topY, width, text, style, Role.of(style));
    }

    /** {@link #block(float, float, float, String, Style)} with the role it plays for a screen reader. */
    public float block(float x, float topY, float width, String text, Style style, Role role) {
        requirePage();
        List<String> lines = wrap(text, style, width);
        PDStructureElement element = lines.stream().allMatch(String::isEmpty) ? null : element(role);
        float lineTop = topY;
        for (String line : lines) {
            if (element != null) {
                markedLine(element, x, lineTop - style.size(), line, style);
            }
            lineTop -= style.lineHeight();
        }
        return topY - lineTop;
    }

    /** A rule (decoration: screen readers skip it). */
    public void line(float x1, float y1, float x2, float y2, Color color, float lineWidth) {
        requirePage();
        try {
            content.beginMarkedContent(COSName.ARTIFACT);
            content.setStrokingColor(color);
            content.setLineWidth(lineWidth);
            content.moveTo(x1, y1);
            content.lineTo(x2, y2);
            content.stroke();
            content.endMarkedContent();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A filled rectangle (shading: screen readers skip it); {@code topY} is its top edge. */
    public void fill(float x, float topY, float width, float height, Color color) {
        requirePage();
        try {
            content.beginMarkedContent(COSName.ARTIFACT);
            content.setNonStrokingColor(color);
            content.addRect(x, topY - height, width, height);
            content.fill();
            content.endMarkedContent();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stamps header and footer on every page and writes the PDF. */
    public void save(OutputStream out) throws IOException {
        closeContent();
        if (document.getNumberOfPages() == 0) {
            newPage();
            closeContent();
        }
        int pages = document.getNumberOfPages();
        for (int i = 0; i < pages; i++) {
            PDPage stamped = document.getPage(i);
            Section section = sectionOf(i);
            int first = section == null ? 0 : section.firstPage();
            int count = section == null ? pages : endOf(section, pages) - first;
            String title = section == null || section.title() == null ? frame.documentTitle() : section.title();
            try (PDPageContentStream stamp = new PDPageContentStream(document, stamped,
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                content = stamp;
                float headerBaseline = size.getHeight() - MARGIN - 10;
                String shownTitle = fit(title, Style.SMALL_BOLD, width() * 0.6f);
                float titleWidth = width(shownTitle, Style.SMALL_BOLD);
                String trip = fit(frame.tripName(), Style.SMALL_BOLD, width() - titleWidth - 24);
                artifactText(left(), headerBaseline, trip, Style.SMALL_BOLD);
                artifactText(right() - titleWidth, headerBaseline, shownTitle, Style.SMALL_BOLD);
                line(left(), headerBaseline - 6, right(), headerBaseline - 6, Style.RULE, 0.6f);

                float footerBaseline = MARGIN;
                line(left(), footerBaseline + 12, right(), footerBaseline + 12, Style.RULE, 0.6f);
                String number = frame.pageOf().format(i - first + 1, count);
                float numberWidth = width(number, Style.SMALL);
                artifactText(left(), footerBaseline, fit(frame.footer(), Style.SMALL, width() - numberWidth - 24),
                        Style.SMALL);
                artifactText(right() - numberWidth, footerBaseline, number, Style.SMALL);
            } finally {
                content = null;
            }
        }
        finishStructure();
        document.save(out);
    }

    /** The section page {@code index} belongs to, or null before the first one (or without sections). */
    private Section sectionOf(int index) {
        Section found = null;
        for (Section section : sections) {
            if (section.firstPage() <= index) {
                found = section;
            }
        }
        return found;
    }

    private int endOf(Section section, int pages) {
        int next = sections.indexOf(section) + 1;
        return next < sections.size() ? sections.get(next).firstPage() : pages;
    }

    /** The parent tree, language, title and marks that make the PDF a tagged one. */
    private void finishStructure() throws IOException {
        PDNumberTreeNode parentTree = new PDNumberTreeNode(PDParentTreeValue.class);
        Map<Integer, COSObjectable> numbers = new HashMap<>();
        for (int i = 0; i < markedParents.size(); i++) {
            COSArray parents = new COSArray();
            for (PDStructureElement element : markedParents.get(i)) {
                parents.add(element);
            }
            numbers.put(i, new PDParentTreeValue(parents));
        }
        parentTree.setNumbers(numbers);
        structureRoot.setParentTree(parentTree);
        structureRoot.setParentTreeNextKey(markedParents.size());

        PDDocumentCatalog catalog = document.getDocumentCatalog();
        catalog.setStructureTreeRoot(structureRoot);
        catalog.setLanguage(frame.language().toLanguageTag());
        PDMarkInfo marks = new PDMarkInfo();
        marks.setMarked(true);
        catalog.setMarkInfo(marks);
        PDViewerPreferences viewer = new PDViewerPreferences(new COSDictionary());
        viewer.setDisplayDocTitle(true);
        catalog.setViewerPreferences(viewer);
        PDMetadata metadata = new PDMetadata(document,
                new ByteArrayInputStream(xmp().getBytes(StandardCharsets.UTF_8)));
        catalog.setMetadata(metadata);
    }

    /** XMP metadata: the title, the language and the PDF/UA claim. */
    private String xmp() {
        String title = title().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        return "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">"
                + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                + "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
                + "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + title + "</rdf:li></rdf:Alt></dc:title>"
                + "<dc:language><rdf:Bag><rdf:li>" + frame.language().toLanguageTag()
                        + "</rdf:li></rdf:Bag></dc:language>"
                + "</rdf:Description>\n"
                + "<rdf:Description rdf:about=\"\" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">"
                + "<pdfuaid:part>1</pdfuaid:part></rdf:Description>\n"
                + "</rdf:RDF></x:xmpmeta>\n<?xpacket end=\"w\"?>";
    }

    @Override
    public void close() {
        closeContent();
        try {
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            fonts.close();
        }
    }

    private void requirePage() {
        if (content == null) {
            newPage();
        }
    }

    private void closeContent() {
        if (content != null) {
            try {
                content.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                content = null;
            }
        }
    }

    private void wrapParagraph(String paragraph, Style style, float width, List<String> lines) {
        StringBuilder line = new StringBuilder();
        float lineWidth = 0; // the line so far, trailing spaces included
        for (String token : tokens(paragraph)) {
            String visible = token.stripTrailing();
            float visibleWidth = width(visible, style);
            if (lineWidth + visibleWidth <= width) {
                line.append(token);
                lineWidth += visible.length() == token.length() ? visibleWidth : width(token, style);
                continue;
            }
            if (!line.toString().isBlank()) {
                lines.add(line.toString().strip());
            }
            line.setLength(0);
            lineWidth = 0;
            String word = visible;
            // A word wider than the whole line is cut where it must be.
            while (!word.isEmpty() && width(word, style) > width) {
                int end = word.length();
                while (end > 1 && width(word.substring(0, end), style) > width) {
                    end = word.offsetByCodePoints(end, -1);
                }
                // Even then, closing punctuation does not start the next line, nor an opening bracket end this one.
                int fitting = end;
                while (end > 1 && (NO_LINE_START.indexOf(word.codePointAt(end)) >= 0
                        || NO_LINE_END.indexOf(word.codePointBefore(end)) >= 0)) {
                    end = word.offsetByCodePoints(end, -1);
                }
                if (end <= 1) {
                    end = fitting; // a word made of punctuation only: cut where it fits
                }
                lines.add(word.substring(0, end));
                word = word.substring(end);
            }
            if (!word.isEmpty()) {
                // What is left of the word starts the next line, with the spaces that followed it.
                line.append(word).append(token, visible.length(), token.length());
                lineWidth = width(line.toString(), style);
            }
        }
        lines.add(line.toString().strip());
    }

    /**
     * Words with their following spaces, and single Chinese/Japanese characters, which may break anywhere — except
     * that closing punctuation never starts a line and opening brackets never end one: they stay with their neighbour.
     */
    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int length = Character.charCount(cp);
            if (isIdeographic(cp) && NO_LINE_START.indexOf(cp) < 0 && NO_LINE_END.indexOf(cp) < 0) {
                if (current.length() > 0) {
                    tokens.add(current.toString());
                    current.setLength(0);
                }
                tokens.add(text.substring(i, i + length));
            } else if (Character.isWhitespace(cp)) {
                current.appendCodePoint(cp);
                tokens.add(current.toString());
                current.setLength(0);
            } else {
                if (current.length() > 0 && isIdeographic(current.codePointBefore(current.length()))
                        && NO_LINE_END.indexOf(current.codePointBefore(current.length())) < 0
                        && NO_LINE_START.indexOf(cp) < 0) {
                    // After a Chinese character, a line may break before a Latin word.
                    tokens.add(current.toString());
                    current.setLength(0);
                }
                current.appendCodePoint(cp);
            }
            i += length;
        }
        if (current.length() > 0) {
            tokens.add(current.toString());
        }
        return keepPunctuationWithNeighbours(tokens);
    }

    /** Joins a token that starts with closing punctuation to the one before, and an opening bracket to the next. */
    private static List<String> keepPunctuationWithNeighbours(List<String> tokens) {
        List<String> joined = new ArrayList<>();
        for (String token : tokens) {
            if (joined.isEmpty()) {
                joined.add(token);
                continue;
            }
            String previous = joined.get(joined.size() - 1);
            boolean closes = NO_LINE_START.indexOf(token.codePointAt(0)) >= 0
                    && !Character.isWhitespace(previous.codePointBefore(previous.length()));
            boolean opens = NO_LINE_END.indexOf(previous.codePointBefore(previous.length())) >= 0;
            if (closes || opens) {
                joined.set(joined.size() - 1, previous + token);
            } else {
                joined.add(token);
            }
        }
        return joined;
    }

    /** Punctuation that may not begin a line (Chinese and Latin closing marks). */
    private static final String NO_LINE_START = "，。、：；！？）」』】》〉”’…·)]},.;:!?%";
    /** Brackets and quotes that may not end a line. */
    private static final String NO_LINE_END = "（「『【《〈“‘([{";

    private static boolean isIdeographic(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA
                || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFFEF);
    }

    /** Tabs become spaces, other control characters go; line breaks stay. */
    private static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder cleaned = new StringBuilder(text.length());
        text.replace("\r\n", "\n").replace('\r', '\n').codePoints().forEach(cp -> {
            if (cp == '\n') {
                cleaned.append('\n');
            } else if (cp == '\t') {
                cleaned.append(' ');
            } else if (!Character.isISOControl(cp) && Character.getType(cp) != Character.FORMAT) {
                cleaned.appendCodePoint(cp);
            }
        });
        return cleaned.toString();
    }

    private record Run(DocumentFonts.Face face, String text) {
        float width(float size) {
            float thousandths = 0;
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                thousandths += face.width(cp);
                i += Character.charCount(cp);
            }
            return thousandths / 1000f * size;
        }
    }

    /** Cuts text into runs of one font each; characters no font has become "?". */
    private List<Run> runs(String text, boolean bold) {
        List<Run> runs = new ArrayList<>();
        DocumentFonts.Face currentFace = null;
        StringBuilder current = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\n') {
                cp = ' ';
            }
            DocumentFonts.Face face = fonts.faceFor(cp, bold);
            if (face == null) {
                face = bold ? fonts.bold : fonts.regular;
                cp = '?';
            }
            if (face != currentFace && current.length() > 0) {
                runs.add(new Run(currentFace, current.toString()));
                current.setLength(0);
            }
            currentFace = face;
            current.appendCodePoint(cp);
        }
        if (current.length() > 0) {
            runs.add(new Run(currentFace, current.toString()));
        }
        return runs;
    }
}
