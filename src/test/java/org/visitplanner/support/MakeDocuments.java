package org.visitplanner.support;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

import org.visitplanner.app.Services;
import org.visitplanner.logic.documents.DocumentOptions;
import org.visitplanner.logic.documents.ExportFormat;
import org.visitplanner.logic.documents.Progress;
import org.visitplanner.logic.documents.TripDocumentData;
import org.visitplanner.logic.documents.pdf.Paper;
import org.visitplanner.model.Trip;

/**
 * Writes every PDF document of the sample and of the crowded week, in each language and on each paper, into a
 * folder, to look at them ({@code pdftoppm -png}): {@code MakeDocuments FOLDER}.
 */
public final class MakeDocuments {
    private MakeDocuments() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "target/documents"));
        try (Services services = TestServices.withSample()) {
            Trip sample = services.trips().findSample().orElseThrow();
            Trip crowded = CrowdedTrip.create(services);
            for (Trip trip : new Trip[] {sample, crowded}) {
                TripDocumentData data = services.documents().load(trip);
                for (Locale language : new Locale[] {Locale.ENGLISH, Locale.FRENCH, Locale.CHINESE}) {
                    for (Paper paper : Paper.values()) {
                        for (ExportFormat format : ExportFormat.values()) {
                            if (!format.isPdf()) {
                                continue;
                            }
                            String name = (trip == sample ? "sample" : "crowded") + "-" + format.cliName() + "-"
                                    + language.getLanguage() + "-" + paper.name().toLowerCase(Locale.ROOT) + ".pdf";
                            try (OutputStream out = Files.newOutputStream(folder.resolve(name))) {
                                services.documents().write(data, format, new DocumentOptions(language, paper, true,
                                        null, LocalDate.of(2026, 11, 26)), out, Progress.NONE);
                            }
                        }
                    }
                }
            }
        }
    }
}
