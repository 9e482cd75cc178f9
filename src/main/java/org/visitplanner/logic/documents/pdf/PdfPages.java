package org.visitplanner.logic.documents.pdf;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.visitplanner.logic.documents.Paper;

/**
 * A PDF being laid out top to bottom: pages of one paper size and orientation, a cursor ({@link #y()}) that moves
 * down as text is placed, wrapping that breaks lines between words (and between Chinese characters), and a running
 * header and footer — trip name, document title, dates, "page i of n" — stamped on every page at the end.
 *
 * <p>All text is real text in embedded fonts. Characters no font has are drawn as "?" rather than failing.
 * Coordinates are PDF points with y growing upwards, as in PDFBox.
 */
public final class PdfPages implements AutoCloseable {

    /** What is printed around every page. {@code pageOf} formats "Page {0} of {1}". */
    public record Frame(String tripName, String documentTitle, String footer, PageNumbers pageOf) {
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
    private float y;

    public PdfPages(Paper paper, boolean landscape, Frame frame) {
        this.size = landscape ? new PDRectangle(paper.height(), paper.width())
                : new PDRectangle(paper.width(), paper.height());
        this.frame = frame;
        this.fonts = new DocumentFonts(document);
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(frame.documentTitle() + " — " + frame.tripName());
        info.setCreator("Visit Planner");
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

    /** Starts a new page with the cursor at its top. */
    public void newPage() {
        closeContent();
        PDPage page = new PDPage(size);
        document.addPage(page);
        try {
            content = new PDPageContentStream(document, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y = top();
    }

    /** Starts a new page unless {@code height} still fits below the cursor. */
    public void ensureRoom(float height) {
        if (content == null || y - height < bottom()) {
            newPage();
        }
    }

    /** Room left below the cursor on this page. */
    public float roomLeft() {
        return content == null ? 0 : y - bottom();
    }

    /** Draws one line of text with its baseline at {@code baseline}; no wrapping. Returns its width. */
    public float text(float x, float baseline, String text, Style style) {
        requirePage();
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
        for (String line : wrap(text, style, width)) {
            ensureRoom(style.lineHeight());
            text(x, y - style.size(), line, style);
            y -= style.lineHeight();
        }
    }

    /** Draws wrapped lines from {@code topY} down without moving the cursor or breaking pages; returns the height. */
    public float block(float x, float topY, float width, String text, Style style) {
        float lineTop = topY;
        for (String line : wrap(text, style, width)) {
            text(x, lineTop - style.size(), line, style);
            lineTop -= style.lineHeight();
        }
        return topY - lineTop;
    }

    public void line(float x1, float y1, float x2, float y2, Color color, float lineWidth) {
        requirePage();
        try {
            content.setStrokingColor(color);
            content.setLineWidth(lineWidth);
            content.moveTo(x1, y1);
            content.lineTo(x2, y2);
            content.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A filled rectangle; {@code topY} is its top edge. */
    public void fill(float x, float topY, float width, float height, Color color) {
        requirePage();
        try {
            content.setNonStrokingColor(color);
            content.addRect(x, topY - height, width, height);
            content.fill();
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
            PDPage page = document.getPage(i);
            try (PDPageContentStream stamp = new PDPageContentStream(document, page,
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                content = stamp;
                float headerBaseline = size.getHeight() - MARGIN - 10;
                float titleWidth = width(frame.documentTitle(), Style.SMALL_BOLD);
                String trip = fit(frame.tripName(), Style.SMALL_BOLD, width() - titleWidth - 24);
                text(left(), headerBaseline, trip, Style.SMALL_BOLD);
                text(right() - titleWidth, headerBaseline, frame.documentTitle(), Style.SMALL_BOLD);
                line(left(), headerBaseline - 6, right(), headerBaseline - 6, Style.RULE, 0.6f);

                float footerBaseline = MARGIN;
                line(left(), footerBaseline + 12, right(), footerBaseline + 12, Style.RULE, 0.6f);
                String number = frame.pageOf().format(i + 1, pages);
                float numberWidth = width(number, Style.SMALL);
                text(left(), footerBaseline, fit(frame.footer(), Style.SMALL, width() - numberWidth - 24), Style.SMALL);
                text(right() - numberWidth, footerBaseline, number, Style.SMALL);
            } finally {
                content = null;
            }
        }
        document.save(out);
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

    /** Words with their following spaces, and single Chinese/Japanese characters, which may break anywhere. */
    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int length = Character.charCount(cp);
            if (NO_LINE_START.indexOf(cp) >= 0 && current.length() == 0 && !tokens.isEmpty()
                    && !tokens.get(tokens.size() - 1).isBlank()) {
                // Chinese punctuation never starts a line: it stays with what it follows.
                tokens.set(tokens.size() - 1, tokens.get(tokens.size() - 1) + text.substring(i, i + length));
            } else if (isIdeographic(cp)) {
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
                current.appendCodePoint(cp);
            }
            i += length;
        }
        if (current.length() > 0) {
            tokens.add(current.toString());
        }
        return tokens;
    }

    /** Punctuation that may not begin a line in Chinese typesetting. */
    private static final String NO_LINE_START = "，。、：；！？）」』】》〉”’…";

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
