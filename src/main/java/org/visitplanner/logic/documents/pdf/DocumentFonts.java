package org.visitplanner.logic.documents.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicReference;

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
 * ({@code assets/fonts}); their bytes are read once per run, the fonts parsed once per document.
 */
final class DocumentFonts {

    /** A font as it draws: the PDF font and the glyph lookup telling which characters it has. */
    record Face(PDType0Font pdf, CmapLookup glyphs, boolean fakeBold) {
        boolean has(int codePoint) {
            return glyphs.getGlyphId(codePoint) != 0;
        }
    }

    private static final String FOLDER = "/org/visitplanner/fonts/";
    private static final AtomicReference<byte[]> REGULAR = new AtomicReference<>();
    private static final AtomicReference<byte[]> BOLD = new AtomicReference<>();
    private static final AtomicReference<byte[]> CHINESE = new AtomicReference<>();

    final Face regular;
    final Face bold;
    final Face chinese;
    final Face chineseBold;

    DocumentFonts(PDDocument document) {
        try {
            regular = face(document, parse(bytes(REGULAR, "DejaVuSans.ttf")), false);
            bold = face(document, parse(bytes(BOLD, "DejaVuSans-Bold.ttf")), false);
            TrueTypeFont wqy = firstOf(bytes(CHINESE, "wqy-microhei.ttc"));
            PDType0Font chinesePdf = PDType0Font.load(document, wqy, true);
            CmapLookup chineseGlyphs = wqy.getUnicodeCmapLookup();
            chinese = new Face(chinesePdf, chineseGlyphs, false);
            // WenQuanYi has no bold: bold Chinese is drawn filled and stroked (see PdfPages).
            chineseBold = new Face(chinesePdf, chineseGlyphs, true);
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

    private static Face face(PDDocument document, TrueTypeFont font, boolean fakeBold) throws IOException {
        return new Face(PDType0Font.load(document, font, true), font.getUnicodeCmapLookup(), fakeBold);
    }

    private static TrueTypeFont parse(byte[] bytes) throws IOException {
        return new TTFParser().parse(new RandomAccessReadBuffer(bytes));
    }

    private static TrueTypeFont firstOf(byte[] collectionBytes) throws IOException {
        TrueTypeFont[] first = new TrueTypeFont[1];
        TrueTypeCollection collection = new TrueTypeCollection(new java.io.ByteArrayInputStream(collectionBytes));
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

    private static byte[] bytes(AtomicReference<byte[]> cache, String file) throws IOException {
        byte[] cached = cache.get();
        if (cached != null) {
            return cached;
        }
        try (InputStream in = DocumentFonts.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IOException("font " + file + " is missing from the application");
            }
            byte[] read = in.readAllBytes();
            cache.compareAndSet(null, read);
            return cache.get();
        }
    }
}
