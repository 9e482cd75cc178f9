package org.visitplanner.gui.documents;

import java.nio.IntBuffer;
import java.util.List;
import java.util.function.Consumer;

import javafx.application.Platform;
import javafx.print.PageLayout;
import javafx.print.PageRange;
import javafx.print.PrinterJob;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

import org.visitplanner.logic.documents.PdfPreview;

/** Sends rendered pages to a printer job, each scaled to fit the printable area, on a thread of its own. */
final class PagePrinter {
    private PagePrinter() {
    }

    /** Prints {@code pages} (only those in {@code ranges}, when given); {@code done} hears whether it worked. */
    static void print(PrinterJob job, List<PdfPreview.PageImage> pages, PageRange[] ranges, Consumer<Boolean> done) {
        Thread printing = new Thread(() -> {
            boolean ok = true;
            PageLayout layout = job.getJobSettings().getPageLayout();
            for (int i = 0; i < pages.size() && ok; i++) {
                if (inRanges(i + 1, ranges)) {
                    ok = job.printPage(layout, node(pages.get(i), layout));
                }
            }
            boolean ended = ok && job.endJob();
            Platform.runLater(() -> done.accept(ended));
        }, "visit-planner-printing");
        printing.setDaemon(true);
        printing.start();
    }

    private static ImageView node(PdfPreview.PageImage page, PageLayout layout) {
        WritableImage image = new WritableImage(page.width(), page.height());
        image.getPixelWriter().setPixels(0, 0, page.width(), page.height(), PixelFormat.getIntArgbInstance(),
                IntBuffer.wrap(page.argb()), page.width());
        ImageView view = new ImageView(image);
        view.setPreserveRatio(true);
        view.setSmooth(true);
        view.setFitWidth(layout.getPrintableWidth());
        view.setFitHeight(layout.getPrintableHeight());
        return view;
    }

    private static boolean inRanges(int page, PageRange[] ranges) {
        if (ranges == null || ranges.length == 0) {
            return true;
        }
        for (PageRange range : ranges) {
            if (page >= range.getStartPage() && page <= range.getEndPage()) {
                return true;
            }
        }
        return false;
    }
}
