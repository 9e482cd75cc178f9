package org.visitplanner.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.visitplanner.app.Services;
import org.visitplanner.logic.documents.DocumentOptions;
import org.visitplanner.logic.documents.ExportFormat;
import org.visitplanner.logic.documents.Progress;
import org.visitplanner.logic.documents.TripDocumentData;
import org.visitplanner.logic.documents.pdf.Paper;
import org.visitplanner.support.TestServices;

/**
 * How long making every PDF document of the sample trip takes once the JVM is warm (target: all of them in at most
 * one second). Not a test: run it by hand, see the README ("Benchmarks").
 */
public final class DocumentsBenchmark {

    private static final List<ExportFormat> PDFS = Arrays.stream(ExportFormat.values()).filter(ExportFormat::isPdf)
            .toList();

    private DocumentsBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int warmups = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        try (Services services = TestServices.withSample()) {
            TripDocumentData data = services.documents().load(services.trips().findSample().orElseThrow());
            DocumentOptions options = new DocumentOptions(Locale.ENGLISH, Paper.A4, true, null, LocalDate.now());
            for (int i = 0; i < warmups; i++) {
                allDocuments(services, data, options);
            }
            long[] millis = new long[rounds];
            long bytes = 0;
            for (int i = 0; i < rounds; i++) {
                long start = System.nanoTime();
                bytes = allDocuments(services, data, options);
                millis[i] = (System.nanoTime() - start) / 1_000_000;
            }
            Arrays.sort(millis);
            System.out.printf(Locale.ROOT, "documents %s of the sample trip, warm, %d rounds: median %d ms, p95 %d ms,"
                            + " max %d ms (%d KB of PDF per round)%n",
                    PDFS.stream().map(ExportFormat::cliName).toList(),
                    rounds, millis[rounds / 2], millis[(int) Math.ceil(rounds * 0.95) - 1], millis[rounds - 1],
                    bytes / 1024);
        }
    }

    private static long allDocuments(Services services, TripDocumentData data, DocumentOptions options)
            throws IOException {
        long bytes = 0;
        for (ExportFormat format : PDFS) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            services.documents().write(data, format, options, out, Progress.NONE);
            bytes += out.size();
        }
        return bytes;
    }
}
