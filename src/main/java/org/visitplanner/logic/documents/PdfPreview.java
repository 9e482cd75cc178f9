package org.visitplanner.logic.documents;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Turns a PDF into page pictures, for the print preview and for printing: what is previewed and printed is exactly
 * the PDF that would be saved.
 */
public final class PdfPreview {

    /** One page as pixels (ARGB, row by row) with its size in points. */
    public record PageImage(int width, int height, int[] argb, float widthPoints, float heightPoints) {
    }

    private PdfPreview() {
    }

    /** Renders every page at {@code dpi}; stops early (returning what it has) when progress says cancelled. */
    public static List<PageImage> render(byte[] pdf, float dpi, Progress progress) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            int pages = document.getNumberOfPages();
            List<PageImage> images = new ArrayList<>(pages);
            for (int i = 0; i < pages; i++) {
                progress.checkCancelled();
                BufferedImage image = renderer.renderImageWithDPI(i, dpi, ImageType.RGB); // opaque white paper
                int[] argb = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
                var box = document.getPage(i).getMediaBox();
                images.add(new PageImage(image.getWidth(), image.getHeight(), argb, box.getWidth(), box.getHeight()));
                progress.update(i + 1, pages);
            }
            return images;
        }
    }
}
