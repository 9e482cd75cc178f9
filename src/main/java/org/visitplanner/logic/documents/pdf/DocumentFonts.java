package org.visitplanner.logic.documents.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts of one PDF document, embedded as subsets: DejaVu Sans (regular, bold) for Latin text with accents, and
 * WenQuanYi Micro Hei for Chinese and for anything DejaVu lacks. The font files ship in the jar
 * ({@code assets/fonts}).
 *
 * <p>Parsing the fonts (WenQuanYi's character map is large) costs more than laying out a document, so parsed fonts
 * are kept in a pool: a document borrows a set and gives it back when it is closed. A set is never used by two
 * documents at once (a parsed font reads its file as it subsets, and is not thread-safe).
 */
final class DocumentFonts implements AutoCloseable {

    /** A font as it draws: the PDF font, which characters it has and how wide they are. */
    static final class Face {
        final PDType0Font pdf;
        final boolean fakeBold;
        private final Parsed parsed;

        Face(PDType0Font pdf, Parsed parsed, boolean fakeBold) {
            this.pdf = pdf;
            this.parsed = parsed;
            this.fakeBold = fakeBold;
        }

        boolean has(int codePoint) {
            return parsed.glyphs.getGlyphId(codePoint) != 0;
        }

        /** The advance width of a character in thousandths of the font size. */
        float width(int codePoint) {
            return parsed.width(codePoint);
        }
    }

    /** A parsed font file with a cache of character widths. */
    private static final class Parsed {
        final TrueTypeFont font;
        final CmapLookup glyphs;
        final float unitsPerEm;
        final ConcurrentHashMap<Integer, Float> widths = new ConcurrentHashMap<>();

        Parsed(TrueTypeFont font) throws IOException {
            // Without its substitution table the font draws "fi" as two glyphs: PDFBox would otherwise join them into
            // the ligature ﬁ, which copy/paste and search then give back as U+FB01 ("Souﬄot" not found as "Soufflot").
            font.getTableMap().remove("GSUB");
            this.font = font;
            this.glyphs = font.getUnicodeCmapLookup();
            this.unitsPerEm = font.getUnitsPerEm();
        }

        float width(int codePoint) {
            return widths.computeIfAbsent(codePoint, cp -> {
                try {
                    return font.getAdvanceWidth(glyphs.getGlyphId(cp)) * 1000f / unitsPerEm;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    /** One parsed copy of each font file. */
    private record FontSet(Parsed regular, Parsed bold, Parsed chinese) {
    }

    private static final String FOLDER = "/org/visitplanner/fonts/";
    private static final ConcurrentLinkedQueue<FontSet> POOL = new ConcurrentLinkedQueue<>();
    private static volatile byte[][] files;

    private final FontSet set;
    final Face regular;
    final Face bold;
    final Face chinese;
    final Face chineseBold;

    DocumentFonts(PDDocument document) {
        FontSet borrowed = POOL.poll();
        try {
            set = borrowed != null ? borrowed : parse();
            regular = new Face(PDType0Font.load(document, set.regular().font, true), set.regular(), false);
            bold = new Face(PDType0Font.load(document, set.bold().font, true), set.bold(), false);
            PDType0Font chinesePdf = PDType0Font.load(document, set.chinese().font, true);
            chinese = new Face(chinesePdf, set.chinese(), false);
            // WenQuanYi has no bold: bold Chinese is drawn filled and stroked (see PdfPages).
            chineseBold = new Face(chinesePdf, set.chinese(), true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the document fonts", e);
        }
    }

    /** The face that draws {@code codePoint} in the wanted weight, or null when no font has it. */
    Face faceFor(int codePoint, boolean wantBold) {
        Face latin = wantBold ? bold : regular;
        if (latin.has(codePoint)) {
            return latin;
        }
        Face fallback = wantBold ? chineseBold : chinese;
        return fallback.has(codePoint) ? fallback : null;
    }

    /** Gives the parsed fonts back for the next document (after the document was saved or dropped). */
    @Override
    public void close() {
        POOL.offer(set);
    }

    private static FontSet parse() throws IOException {
        byte[][] bytes = files();
        return new FontSet(new Parsed(new TTFParser().parse(new RandomAccessReadBuffer(bytes[0]))),
                new Parsed(new TTFParser().parse(new RandomAccessReadBuffer(bytes[1]))),
                new Parsed(firstOf(bytes[2])));
    }

    private static TrueTypeFont firstOf(byte[] collectionBytes) throws IOException {
        TrueTypeFont[] first = new TrueTypeFont[1];
        TrueTypeCollection collection = new TrueTypeCollection(new ByteArrayInputStream(collectionBytes));
        collection.processAllFonts(font -> {
            if (first[0] == null) {
                first[0] = font;
            }
        });
        if (first[0] == null) {
            throw new IOException("no font in wqy-microhei.ttc");
        }
        return first[0];
    }

    private static byte[][] files() throws IOException {
        byte[][] loaded = files;
        if (loaded == null) {
            loaded = new byte[][] {read("DejaVuSans.ttf"), read("DejaVuSans-Bold.ttf"), read("wqy-microhei.ttc")};
            files = loaded;
        }
        return loaded;
    }

    private static byte[] read(String file) throws IOException {
        try (InputStream in = DocumentFonts.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IOException("font " + file + " is missing from the application");
            }
            return in.readAllBytes();
        }
    }
}
